import { useDeferredValue, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
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
import { formatEventDate, shortDatePrefix } from '../timeline/dates';
import { useHotMarks } from '../hooks/useHotMarks';
import { memoByLevel } from '../timeline/levelCache';
import { pixelsOf } from '../timeline/scales';
import { useLayoutLevel } from '../hooks/useSettled';
import { EventMark, ROW_H } from './EventMark';
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
export const laneHeight = (rows: number) => rows * ROW_H + CLUSTER_ROW_H;

interface Props {
  lanes: LaneInfo;
  colors: Map<string, string>;
  narrow: boolean;
}

/** The event marks, clusters and annotations, laid out once per zoom level. */
export function MarksLayer({ lanes, colors, narrow }: Props) {
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
    const activeSet = selectActiveSet({ activeActors: active });
    const laneOf = new Map(lanes.actors.map((a, i) => [a, i]));
    const out: LayoutItem[] = [];
    const primaries = new Set<string>();
    for (const e of visible) {
      const span = index.spans.get(e.id);
      if (!span) continue;
      const prefix = shortDatePrefix(e.date);
      const title = prefix ? `${prefix}: ${e.title}` : e.title;
      if (lanes.actors.length <= 1) {
        out.push({ id: e.id, span, title, lane: 0 });
        continue;
      }
      // In swimlanes an event appears in the lane of each of its shown actors.
      for (const a of e.actors) {
        const lane = laneOf.get(a);
        if (lane === undefined || (activeSet && !activeSet.has(a))) continue;
        const key = primaries.has(e.id) ? `${e.id}@${a}` : e.id;
        primaries.add(e.id);
        out.push({ id: key, span, title, lane });
      }
    }
    return out.sort((a, b) => a.span.startMs - b.span.startMs);
  }, [visible, index, lanes, active]);

  // One layout per zoom level, kept while nothing else changes: zooming back through levels
  // already seen costs nothing.
  const layoutAt = useMemo(() => {
    const priority = new Set([selectedId, focusedId].filter((x): x is string => !!x));
    const px = pixelsOf(base);
    return memoByLevel((k) => {
      const opts: LayoutOptions = {
        ...DEFAULT_LAYOUT,
        rowsPerLane: lanes.rowsPerLane,
        maxLabelPx: narrow ? 150 : 220,
        // Wide enough for the widest cluster pill ("+1.3k", 54 px) at any size.
        binPx: 56,
        limitPx: (base.range()[1] ?? 0) * k - 4,
      };
      const xOf = (ms: number) => px(ms) * k;
      return layoutMarks(items, xOf, Math.max(1, lanes.actors.length), opts, priority);
    });
  }, [items, lanes, base, narrow, selectedId, focusedId]);
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
      events: layout.events.filter((p) => p.x1 >= lo && p.x0 + p.labelDx <= hi),
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
      <Annotations lanesTop={lanes.top} base={base} levelK={levelK} maxLines={narrow ? 2 : 1} />
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
            y={lanes.top + p.lane * lanes.laneH + p.row * ROW_H}
            color={colors.get(group) ?? 'currentColor'}
            shape={(index.shapeOf.get(actor) ?? 'circle') as Shape}
            label={p.label}
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
          y={lanes.top + c.lane * lanes.laneH + lanes.rowsPerLane * ROW_H}
        />
      ))}
    </g>
  );
}
