import {
  useDeferredValue,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimeline, useTimelineStore } from '../store';
import { selectActiveSet, selectBaseScale, selectVisibleEvents } from '../store/selectors';
import { primaryActor } from '../data/storyIndex';
import {
  layoutMarks,
  DEFAULT_LAYOUT,
  type LayoutItem,
  type LayoutOptions,
} from '../timeline/layout';
import { formatEventDate, markDate } from '../timeline/dates';
import { useHotMarks } from '../hooks/useHotMarks';
import { memoByKey, memoByLevel } from '../timeline/levelCache';
import { pixelsOf } from '../timeline/scales';
import { useLayoutLevel } from '../hooks/useSettled';
import { EventMark, MARK_Y, UNIT_PX } from './EventMark';
import { ClusterMark } from './ClusterMark';
import { Annotations } from './Annotations';
import { nextFocus } from '../timeline/roving';
import type { Shape } from '../timeline/shapes';

export interface LaneInfo {
  /** Actor id per lane; a single empty lane on the single track. */
  actors: string[];
  rowsPerLane: number;
  laneH: number;
  top: number;
}

const CLUSTER_ROW_H = 28;
export const laneHeight = (rows: number) => rows * UNIT_PX + CLUSTER_ROW_H;

const placedCache = new WeakMap<object, Set<string>>();
/** The ids a layout gives a place of their own (not in a cluster). */
function placedIdsOf(layout: { events: readonly { id: string }[] }): Set<string> {
  let ids = placedCache.get(layout);
  if (!ids) {
    ids = new Set(layout.events.map((e) => e.id));
    placedCache.set(layout, ids);
  }
  return ids;
}

interface Props {
  lanes: LaneInfo;
  colors: Map<string, string>;
  narrow: boolean;
  /** Drawn over the faint uncertainty lines and under the marks: the shortened stretches. */
  underMarks?: ReactNode;
}

/** The event marks, clusters and annotations, laid out once per zoom level. */
export function MarksLayer({ lanes, colors, narrow, underMarks }: Props) {
  const store = useTimelineStore();
  const layerRef = useRef<SVGGElement>(null);
  // Set by arrow keys: the next drawn focused event takes focus even if the old one unmounted.
  const keyboardMove = useRef(false);
  const index = useTimeline((s) => s.index);
  const visible = useTimeline(selectVisibleEvents);
  const active = useTimeline(useShallow((s) => s.activeActors));
  const base = useTimeline(selectBaseScale);
  const levelK = useLayoutLevel(store);
  const { selectedId, focusedId, highlighted } = useTimeline(
    useShallow((s) => ({
      selectedId: s.selectedId,
      focusedId: s.focusedId,
      highlighted: s.highlightedIds,
    })),
  );

  // What to place, in time order: rebuilt when the filter or lanes change, not per zoom level.
  const items = useMemo(() => {
    const [from, to] = index.extent;
    const withYear = new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
    const activeSet = selectActiveSet({ activeActors: active });
    const laneOf = new Map(lanes.actors.map((a, i) => [a, i]));
    const out: LayoutItem[] = [];
    const primaries = new Set<string>();
    for (const e of visible) {
      const span = index.spans.get(e.id);
      if (!span) continue;
      const title = e.title;
      const date = markDate(e.date, withYear);
      if (lanes.actors.length <= 1) {
        out.push({ id: e.id, span, title, date, lane: 0 });
        continue;
      }
      // In swimlanes an event appears in the lane of each of its shown actors.
      for (const a of e.actors) {
        const lane = laneOf.get(a);
        if (lane === undefined || (activeSet && !activeSet.has(a))) continue;
        const key = primaries.has(e.id) ? `${e.id}@${a}` : e.id;
        primaries.add(e.id);
        out.push({ id: key, span, title, date, lane });
      }
    }
    return out.sort((a, b) => a.span.startMs - b.span.startMs);
  }, [visible, index, lanes, active]);

  // One layout per zoom level, kept while nothing else changes: zooming back through levels
  // already seen costs nothing. Selecting or focusing an event does not change it, so no other
  // mark moves; only an event hidden in a cluster is given a place of its own.
  const opts: LayoutOptions = useMemo(
    () => ({
      ...DEFAULT_LAYOUT,
      rowsPerLane: lanes.rowsPerLane,
      titlePx: narrow ? 14 : 13,
      maxLabelPx: narrow ? 170 : 210,
      maxLines: lanes.actors.length > 1 ? 1 : 3,
      // Wide enough for the widest cluster pill ("+1.3k", 54 px) at any size.
      binPx: 56,
    }),
    [lanes, narrow],
  );
  const plainAt = useMemo(() => {
    const px = pixelsOf(base);
    return memoByLevel((k) =>
      layoutMarks(items, (ms: number) => px(ms) * k, Math.max(1, lanes.actors.length), {
        ...opts,
        limitPx: (base.range()[1] ?? 0) * k - 4,
      }),
    );
  }, [items, lanes, base, opts]);
  // Layouts that give a hidden selected or focused event its own place, kept per level and
  // per such event: choosing another event then costs no layout pass.
  const placedWith = useMemo(() => {
    void plainAt;
    return memoByKey<ReturnType<typeof layoutMarks>>();
  }, [plainAt]);
  const layoutAt = useMemo(() => {
    const px = pixelsOf(base);
    return (k: number) => {
      const plain = plainAt(k);
      const placed = placedIdsOf(plain);
      const missing = [selectedId, focusedId].filter(
        (x): x is string => !!x && !placed.has(x) && index.spans.has(x),
      );
      if (missing.length === 0) return plain;
      return placedWith(`${k}|${missing.join('|')}`, () =>
        layoutMarks(
          items,
          (ms: number) => px(ms) * k,
          Math.max(1, lanes.actors.length),
          { ...opts, limitPx: (base.range()[1] ?? 0) * k - 4 },
          new Set(missing),
        ),
      );
    };
  }, [plainAt, placedWith, items, lanes, base, opts, selectedId, focusedId, index]);
  const layout = useMemo(() => layoutAt(levelK), [layoutAt, levelK]);

  // Only marks near the view are in the DOM: the view's position in level pixels, in steps of
  // one view width, decides which; panning within a step only moves them.
  const urgentStep = useTimeline((s) => {
    const sc = s.view.k / levelK;
    return s.widthPx > 0 ? Math.floor(-s.view.x / sc / s.widthPx) : 0;
  });
  // Drawn marks reach a view width beyond each side, so the new set can follow a frame late.
  const step = useDeferredValue(urgentStep);
  const widthPx = base.range()[1] ?? 0;
  const drawn = useMemo(() => {
    const lo = (step - 1) * widthPx - 300;
    const hi = (step + 3) * widthPx;
    return {
      events: layout.events.filter((p) => p.to >= lo && p.from <= hi),
      clusters: layout.clusters.filter((c) => c.x >= lo && c.x <= hi),
    };
  }, [layout, step, widthPx]);

  // The roving tab stop: the focused event if it is drawn, else the first drawn one.
  const placedIds = useMemo(() => new Set(drawn.events.map((p) => p.id)), [drawn]);
  const tabStop = focusedId && placedIds.has(focusedId) ? focusedId : drawn.events[0]?.id;

  useHotMarks(layerRef, store, levelK, drawn);

  // Keyboard focus follows the roving focus once the focused event is drawn.
  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer || !focusedId) return;
    if (!keyboardMove.current && !layer.contains(document.activeElement)) return;
    const el = layer.querySelector<SVGGElement>(
      `[data-event-id="${CSS.escape(focusedId)}"][role="button"]`,
    );
    if (!el) return;
    keyboardMove.current = false;
    if (el !== document.activeElement) el.focus({ preventScroll: true });
  }, [focusedId, drawn]);

  const onKeyDown = (ev: KeyboardEvent<SVGGElement>) => {
    const id = (ev.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
    if (!id) return;
    const s = store.getState();
    const order = selectVisibleEvents(s).map((e) => e.id);
    const target = nextFocus(order, id, ev.key);
    if (target) {
      ev.preventDefault();
      keyboardMove.current = true;
      s.focusEvent(target, { reveal: true });
      return;
    }
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      s.selectEvent(id, { reveal: true });
    }
  };

  const activeSet = selectActiveSet({ activeActors: active });
  const highlightSet = new Set(highlighted);
  return (
    <g ref={layerRef} className="marks" onKeyDown={onKeyDown}>
      <Annotations
        lanesTop={lanes.top}
        bottom={lanes.top + lanes.actors.length * lanes.laneH}
        base={base}
        levelK={levelK}
        maxLines={narrow ? 2 : 1}
      />
      <g className="whiskers" aria-hidden="true">
        {drawn.events.map((p) => {
          const span = index.spans.get(p.id.split('@')[0] ?? p.id);
          if (!span || (span.precision !== 'month' && span.precision !== 'approximate'))
            return null;
          const e = index.eventById.get(p.id.split('@')[0] ?? p.id);
          const actor =
            lanes.actors.length > 1
              ? (lanes.actors[p.lane] ?? '')
              : e
                ? primaryActor(e, activeSet)
                : '';
          const group = index.actorById.get(actor)?.group ?? '';
          const y = lanes.top + p.lane * lanes.laneH + p.row * UNIT_PX;
          return (
            <g
              key={p.id}
              className={`mark-whisker mark-whisker--${span.precision}`}
              data-ax={p.ax}
              data-x0={p.x0}
              data-x1={p.x1}
              data-y={y}
              transform={`translate(${p.ax},${y})`}
              style={{ color: colors.get(group) ?? 'currentColor' }}
            >
              <rect
                data-span=""
                x={p.x0 - p.ax}
                y={MARK_Y - 0.75}
                height={1.5}
                width={Math.max(1.5, p.x1 - p.x0)}
              />
            </g>
          );
        })}
      </g>
      {underMarks}
      {drawn.events.map((p) => {
        const id = p.id.split('@')[0] ?? p.id;
        const e = index.eventById.get(id);
        const span = index.spans.get(id);
        if (!e || !span) return null;
        const actor =
          lanes.actors.length > 1 ? (lanes.actors[p.lane] ?? '') : primaryActor(e, activeSet);
        const group = index.actorById.get(actor)?.group ?? '';
        const names = e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ');
        return (
          <EventMark
            key={p.id}
            placed={p}
            event={e}
            span={span}
            y={lanes.top + p.lane * lanes.laneH + p.row * UNIT_PX}
            color={colors.get(group) ?? 'currentColor'}
            shape={(index.shapeOf.get(actor) ?? 'circle') as Shape}
            name={`${e.title}, ${formatEventDate(e.date, true)}. ${e.attribution}. ${names}`}
            selected={selectedId === id}
            highlighted={highlightSet.has(id)}
            dimmed={highlightSet.size > 0 && !highlightSet.has(id)}
            tabbable={p.id === tabStop}
            primary={!p.id.includes('@')}
          />
        );
      })}
      {drawn.clusters.map((c) => (
        <ClusterMark
          key={c.id}
          cluster={c}
          y={lanes.top + c.lane * lanes.laneH + lanes.rowsPerLane * UNIT_PX}
        />
      ))}
    </g>
  );
}
