import {
  useContext,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimeline, useTimelineStore } from '../store';
import { selectActiveSet, selectBaseScale, selectVisibleEvents } from '../store/selectors';
import {
  clusterY,
  createLevelLayout,
  eventIdOf,
  hiddenIdsOf,
  hotSpecsOf,
  layoutItemsOf,
  markActorOf,
  markLayoutOptions,
  rowY,
  UNIT_PX,
  type LaneInfo,
} from '../timeline/markItems';
import { drawnOf, drawnWindowKey } from '../timeline/drawnWindow';
import { useHotMarks } from '../hooks/useHotMarks';
import { PrerenderContext } from '../hooks/prerenderContext';
import { memoByKey, memoByLevel } from '../timeline/levelCache';
import { useLayoutLevel, useSettled } from '../hooks/useSettled';
import { fitToView } from '../timeline/fitToView';
import type { TimelineState } from '../store/types';
import { useQuietLabels } from '../hooks/useQuietLabels';
import { useRovingFocus } from '../hooks/useRovingFocus';
import { EventMark } from './EventMark';
import { ClusterMark } from './ClusterMark';
import { Whiskers } from './Whiskers';
import { Annotations } from './Annotations';
import type { Shape } from '../timeline/shapes';
import { markNameOf } from '../timeline/markName';
import { type Layout } from '../timeline/layoutTypes';
import { fullTitleOf } from '../timeline/fullTitle';
import { FullTitle } from './FullTitle';

const selectView = (s: TimelineState) => s.view;
const sameView = (a: TimelineState['view'], b: TimelineState['view']) => a.k === b.k && a.x === b.x;

interface Props {
  lanes: LaneInfo;
  colors: Map<string, string>;
  narrow: boolean;
  /** Drawn over the faint uncertainty lines and under the marks: the shortened stretches. */
  underMarks?: ReactNode;
  /** The svg's height: a whole title shown over the others may reach down to it. */
  heightPx?: number | undefined;
}

/** The placed id of the event mark an event's target is in, if any. */
const markOf = (target: EventTarget | null): string | null =>
  target instanceof Element
    ? (target.closest('[data-mark="event"]')?.getAttribute('data-hot') ?? null)
    : null;

/** The event marks, clusters and annotations, laid out once per zoom level. */
export function MarksLayer({ lanes, colors, narrow, underMarks, heightPx }: Props) {
  const store = useTimelineStore();
  const layerRef = useRef<SVGGElement>(null);
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
  const items = useMemo(
    () => layoutItemsOf(visible, index, lanes.actors, selectActiveSet({ activeActors: active })),
    [visible, index, lanes, active],
  );

  // One layout per zoom level, kept while nothing else changes: zooming back through levels
  // already seen costs nothing. Selecting or focusing an event does not change it, so no other
  // mark moves; only an event hidden in a cluster is given a place of its own.
  const opts = useMemo(() => markLayoutOptions(lanes, narrow), [lanes, narrow]);
  const levelLayout = useMemo(
    () => createLevelLayout(items, base, lanes.actors.length, opts),
    [items, lanes, base, opts],
  );
  const plainAt = useMemo(() => memoByLevel((k) => levelLayout(k)), [levelLayout]);
  // Layouts that give a hidden selected or focused event its own place, kept per level and
  // per such event: choosing another event then costs no layout pass.
  const placedWith = useMemo(() => {
    void plainAt;
    return memoByKey<Layout>();
  }, [plainAt]);
  const layoutAt = useMemo(
    () => (k: number) => {
      const plain = plainAt(k);
      const missing = hiddenIdsOf(plain, [selectedId, focusedId], index.spans);
      if (missing.length === 0) return plain;
      return placedWith(`${k}|${missing.join('|')}`, () => levelLayout(k, new Set(missing)));
    },
    [plainAt, placedWith, levelLayout, selectedId, focusedId, index],
  );
  const layout = useMemo(() => layoutAt(levelK), [layoutAt, levelK]);

  // Only marks near the view are in the DOM, so every frame of a gesture is cheaper; panning
  // within a step of the window key only moves them.
  const urgentWindow = useTimeline((s) => drawnWindowKey(s.view, s.widthPx, levelK));
  // Drawn marks reach half a view width beyond each side, so the new set can follow a frame late.
  const drawnWindow = useDeferredValue(urgentWindow);
  const widthPx = base.range()[1] ?? 0;
  const drawn = useMemo(
    () => drawnOf(layout, drawnWindow, widthPx),
    [layout, drawnWindow, widthPx],
  );

  // Titles laid out for the whole level, fitted to the view the reader has stopped at: one an
  // edge would cut goes to the other side of its mark (fitToView).
  const view = useSettled(store, selectView, sameView);
  const fitted = useMemo(() => {
    const sc = view.k / levelK;
    if (!(sc > 0) || widthPx <= 0) return { events: drawn.events, offView: new Set<string>() };
    return fitToView(
      drawn.events,
      -view.x / sc,
      (widthPx - view.x) / sc,
      sc,
      lanes.rowsPerLane,
      opts,
    );
  }, [drawn, view, levelK, widthPx, lanes, opts]);

  // A cut title shows whole over the others while its mark has focus or the pointer.
  const [pointed, setPointed] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const raised = useMemo(() => {
    const id = pointed ?? focused;
    const p = id ? fitted.events.find((e) => e.id === id) : undefined;
    if (!p || !(p.cut || fitted.offView.has(p.id))) return null;
    const e = index.eventById.get(eventIdOf(p.id));
    const sc = view.k / levelK;
    const markX = p.ax * sc + view.x;
    if (!e || !(markX >= 0 && markX <= widthPx)) return null;
    const y = rowY(lanes, p.lane, p.row);
    const bottom = heightPx ?? lanes.top + lanes.actors.length * lanes.laneH;
    const box = fullTitleOf({
      title: e.title,
      markX,
      textDx: p.textDx,
      anchor: p.anchor,
      labelPx: p.labelPx ?? opts.maxLabelPx,
      titlePx: opts.titlePx,
      maxLines: Math.floor((bottom - y - UNIT_PX - 4) / UNIT_PX),
      viewPx: widthPx,
    });
    return { key: `f:${p.id}`, spec: { key: `f:${p.id}`, ax: p.ax, x0: p.ax, x1: p.ax, y }, box };
  }, [pointed, focused, fitted, index, view, levelK, widthPx, lanes, heightPx, opts]);

  // Where each drawn node sits at this level; useHotMarks moves them with the view from there.
  const specs = useMemo(() => {
    const out = hotSpecsOf({ events: fitted.events, clusters: drawn.clusters }, lanes);
    if (raised) out.push(raised.spec);
    return out;
  }, [fitted, drawn, lanes, raised]);
  useHotMarks(layerRef, store, levelK, specs);
  useQuietLabels(layerRef, store, levelK);

  // The roving tab stop: the focused event if it is drawn, else the first drawn one.
  const placedIds = useMemo(() => new Set(drawn.events.map((p) => p.id)), [drawn]);
  const tabStop = focusedId && placedIds.has(focusedId) ? focusedId : drawn.events[0]?.id;

  // The build-time picture has no effects: there the transforms are drawn by React.
  const prerender = useContext(PrerenderContext) !== null;
  const at = (x: number, y: number) => (prerender ? `translate(${x},${y})` : undefined);

  const onKeyDown = useRovingFocus(layerRef, store, focusedId, drawn);

  const activeSet = selectActiveSet({ activeActors: active });
  const highlightSet = new Set(highlighted);
  return (
    <g
      ref={layerRef}
      className="marks"
      onKeyDown={onKeyDown}
      onFocus={(ev: FocusEvent) => setFocused(markOf(ev.target))}
      onBlur={() => setFocused(null)}
      onPointerOver={(ev: PointerEvent) => {
        // A tap chooses the event (its details show the title); hover is for a pointer.
        if (ev.pointerType !== 'touch') setPointed(markOf(ev.target));
      }}
      onPointerLeave={() => setPointed(null)}
    >
      <Annotations
        lanesTop={lanes.top}
        bottom={lanes.top + lanes.actors.length * lanes.laneH}
        base={base}
        levelK={levelK}
        maxLines={narrow ? 2 : 1}
      />
      <Whiskers
        events={fitted.events}
        index={index}
        lanes={lanes}
        colors={colors}
        activeSet={activeSet}
        at={at}
      />
      {underMarks}
      {fitted.events.map((p) => {
        const id = eventIdOf(p.id);
        const e = index.eventById.get(id);
        const span = index.spans.get(id);
        if (!e || !span) return null;
        const actor = markActorOf(p.lane, e, lanes.actors, activeSet);
        const group = index.actorById.get(actor)?.group ?? '';
        return (
          <EventMark
            key={p.id}
            placed={p}
            event={e}
            span={span}
            at={at(p.ax, rowY(lanes, p.lane, p.row))}
            color={colors.get(group) ?? 'currentColor'}
            shape={(index.shapeOf.get(actor) ?? 'circle') as Shape}
            name={markNameOf(index, e)}
            selected={selectedId === id}
            highlighted={highlightSet.has(id)}
            dimmed={highlightSet.size > 0 && !highlightSet.has(id)}
            tabbable={p.id === tabStop}
            primary={!p.id.includes('@')}
            offView={fitted.offView.has(p.id)}
          />
        );
      })}
      {drawn.clusters.map((c) => (
        <ClusterMark key={c.id} cluster={c} at={at(c.x, clusterY(lanes, c.lane))} />
      ))}
      {raised && <FullTitle key={raised.key} hotKey={raised.key} box={raised.box} />}
    </g>
  );
}
