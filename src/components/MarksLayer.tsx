import {
  useContext,
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
import { primaryActor } from '../timeline/storyIndex';
import {
  layoutMarks,
  DEFAULT_LAYOUT,
  type LayoutItem,
  type LayoutOptions,
} from '../timeline/layout';
import { markDate } from '../data/dates';
import { isActorShown } from '../timeline/actorFilter';
import { useHotMarks, type HotSpec } from '../hooks/useHotMarks';
import { PrerenderContext } from '../hooks/prerenderContext';
import { memoByKey, memoByLevel } from '../timeline/levelCache';
import { pixelsOf } from '../timeline/scales';
import { useLayoutLevel } from '../hooks/useSettled';
import { useQuietLabels } from '../hooks/useQuietLabels';
import { EventMark, MARK_Y, UNIT_PX } from './EventMark';
import { ClusterMark } from './ClusterMark';
import { Annotations } from './Annotations';
import { nextFocus } from '../timeline/roving';
import type { Shape } from '../timeline/shapes';
import { markNameOf } from '../timeline/markName';

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
        if (lane === undefined || !isActorShown(a, activeSet)) continue;
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

  // Only marks near the view are in the DOM: the view's left edge in level pixels, in steps of
  // half a view width, and how many such steps the view spans decide which; panning within a
  // step only moves them. Fewer nodes make every frame of a gesture cheaper.
  const urgentWindow = useTimeline((s) => {
    const sc = s.view.k / levelK;
    const half = s.widthPx / 2;
    if (half <= 0) return '0:2';
    return `${Math.floor(-s.view.x / sc / half)}:${Math.ceil(s.widthPx / sc / half - 1e-6)}`;
  });
  // Drawn marks reach half a view width beyond each side, so the new set can follow a frame late.
  const drawnWindow = useDeferredValue(urgentWindow);
  const widthPx = base.range()[1] ?? 0;
  const drawn = useMemo(() => {
    const [step = 0, reach = 2] = drawnWindow.split(':').map(Number);
    const half = widthPx / 2;
    // Titles run up to 300 px to the right of their marks.
    const lo = (step - 1) * half - 300;
    const hi = (step + reach + 2) * half;
    return {
      events: layout.events.filter((p) => p.to >= lo && p.from <= hi),
      clusters: layout.clusters.filter((c) => c.x >= lo && c.x <= hi),
    };
  }, [layout, drawnWindow, widthPx]);

  // The roving tab stop: the focused event if it is drawn, else the first drawn one.
  const placedIds = useMemo(() => new Set(drawn.events.map((p) => p.id)), [drawn]);
  const tabStop = focusedId && placedIds.has(focusedId) ? focusedId : drawn.events[0]?.id;

  // Where each drawn node sits at this level; useHotMarks moves them with the view from there.
  const rowY = (lane: number, row: number) => lanes.top + lane * lanes.laneH + row * UNIT_PX;
  const specs = useMemo(() => {
    const out: HotSpec[] = [];
    for (const p of drawn.events) {
      const y = lanes.top + p.lane * lanes.laneH + p.row * UNIT_PX;
      out.push({ key: p.id, ax: p.ax, x0: p.x0, x1: p.x1, y });
      out.push({ key: `w:${p.id}`, ax: p.ax, x0: p.x0, x1: p.x1, y });
    }
    for (const c of drawn.clusters) {
      const y = lanes.top + c.lane * lanes.laneH + lanes.rowsPerLane * UNIT_PX;
      out.push({ key: `c:${c.id}`, ax: c.x, x0: c.x, x1: c.x, y });
    }
    return out;
  }, [drawn, lanes]);
  useHotMarks(layerRef, store, levelK, specs);
  useQuietLabels(layerRef, store, levelK);
  // The build-time picture has no effects: there the transforms are drawn by React.
  const prerender = useContext(PrerenderContext) !== null;
  const at = (x: number, y: number) => (prerender ? `translate(${x},${y})` : undefined);

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
          return (
            <g
              key={p.id}
              className={`mark-whisker mark-whisker--${span.precision}`}
              data-hot={`w:${p.id}`}
              transform={at(p.ax, rowY(p.lane, p.row))}
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
        return (
          <EventMark
            key={p.id}
            placed={p}
            event={e}
            span={span}
            at={at(p.ax, rowY(p.lane, p.row))}
            color={colors.get(group) ?? 'currentColor'}
            shape={(index.shapeOf.get(actor) ?? 'circle') as Shape}
            name={markNameOf(index, e)}
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
          at={at(c.x, lanes.top + c.lane * lanes.laneH + lanes.rowsPerLane * UNIT_PX)}
        />
      ))}
    </g>
  );
}
