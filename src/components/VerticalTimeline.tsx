import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { t } from '../i18n/catalog';
import { useShallow } from 'zustand/react/shallow';
import { useTimeline, useTimelineStore } from '../store';
import { selectActiveSet, selectVisibleEvents } from '../store/selectors';
import { primaryActor } from '../timeline/storyIndex';
import { createStoryScale } from '../timeline/scales';
import { layoutVertical, VERTICAL_DEFAULTS } from '../timeline/verticalLayout';
import {
  isNoteId,
  LABEL_X,
  TOP_PX,
  verticalBaseHeight,
  verticalItemsOf,
  verticalLeader,
} from '../timeline/verticalItems';
import { nextFocus, type FocusMove } from '../timeline/roving';
import { markNameOf } from '../timeline/markName';
import { storyGrainMs } from '../timeline/storyGrain';
import type { Shape } from '../timeline/shapes';
import { usePinchZoom } from '../hooks/usePinchZoom';
import { useKeepScroll } from '../hooks/useKeepScroll';
import { useRailWindow } from '../hooks/useRailWindow';
import { answerKey } from '../hooks/timelineKeys';
import { VerticalAxis } from './VerticalAxis';
import { VerticalEventMark } from './VerticalEventMark';
import { formatDayRange } from '../data/dateFormat';

interface Props {
  widthPx: number;
  colors: Map<string, string>;
  /**
   * In an article's frame: the most the rail may take. Its labels are set tighter, and those
   * past the limit wait behind a button that shows them.
   */
  maxHeightPx?: number | undefined;
}

/** An embed's tighter labels: the frame is short, the column narrow. */
const COMPACT = { titlePx: 13, lineH: 16, dateH: 14, gapPx: 6 };
const COMPACT_BASE = 0.5;

/**
 * The phone's timeline: time runs down the page beside a rail, every title whole across the
 * width, each as near its date as the others allow (a hairline leads back to the mark when it
 * is not level with it). A swipe scrolls the page, two fingers or the zoom buttons stretch time.
 */
export function VerticalTimeline({ widthPx, colors, maxHeightPx }: Props) {
  const store = useTimelineStore();
  const svgRef = useRef<SVGSVGElement>(null);
  const index = useTimeline((s) => s.index);
  const visible = useTimeline(selectVisibleEvents);
  const active = useTimeline(useShallow((s) => s.activeActors));
  const k = useTimeline((s) => s.view.k);
  const { selectedId, focusedId, highlighted } = useTimeline(
    useShallow((s) => ({
      selectedId: s.selectedId,
      focusedId: s.focusedId,
      highlighted: s.highlightedIds,
    })),
  );
  usePinchZoom(svgRef, store);
  const compact = maxHeightPx !== undefined;
  const opts = useMemo(
    () => ({
      ...VERTICAL_DEFAULTS,
      ...(compact ? COMPACT : {}),
      labelPx: Math.max(120, widthPx - LABEL_X - 6),
    }),
    [widthPx, compact],
  );
  const [whole, setWhole] = useState(false);

  const items = useMemo(() => verticalItemsOf(visible, index), [visible, index]);
  // The rail's length before zoom (zoom multiplies it) and before its stretches.
  const scaleKind = useTimeline((s) => s.scaleKind);
  const { baseH, storyScale } = useMemo(() => {
    // Measured on the story's scale at a first guess of the length (breaks depend on it).
    const guess = verticalBaseHeight(items, opts);
    // A compact rail keeps its quiet stretches short: its crowded ones stretch instead.
    const h =
      verticalBaseHeight(items, opts, createStoryScale(index.spans, scaleKind, guess)) *
      (compact ? COMPACT_BASE : 1);
    return { baseH: h, storyScale: createStoryScale(index.spans, scaleKind, h) };
  }, [items, opts, index, scaleKind, compact]);
  // Crowded dates get a stretch of rail long enough for their titles (layoutVertical).
  const layout = useMemo(
    () => layoutVertical(items, storyScale.copy().range([0, baseH * k]), opts, TOP_PX),
    [items, storyScale, baseH, k, opts],
  );
  const { scale } = layout;
  const grainMs = useMemo(() => storyGrainMs(index.spans.values()), [index]);
  const dateById = useMemo(() => new Map(items.map((i) => [i.id, i.date])), [items]);
  const fullPx = Math.ceil(layout.heightPx + 16);
  // Cut between two labels, never through one: the rest wait behind a button. The window
  // starts at the top, or lower, so the chosen event's label is in it.
  const cut = useMemo(() => {
    if (maxHeightPx === undefined || whole || fullPx <= maxHeightPx) return null;
    const chosen = layout.placed.find((p) => p.id === selectedId);
    const from =
      chosen && chosen.labelY + chosen.heightPx + 8 > maxHeightPx
        ? Math.max(0, Math.min(fullPx - maxHeightPx, chosen.labelY - 12))
        : 0;
    const shown = layout.placed.filter(
      (p) => p.labelY - 4 >= from && p.labelY + p.heightPx + 8 <= from + maxHeightPx,
    );
    const first = shown[0];
    const last = shown[shown.length - 1];
    const rest = layout.placed.filter((p) => !isNoteId(p.id) && !shown.includes(p));
    if (!first || !last || rest.length === 0) return null;
    const spans = rest.flatMap((p) => index.spans.get(p.id) ?? []);
    const topPx = from > 0 ? Math.floor(first.labelY - 8) : 0;
    return {
      topPx,
      heightPx: Math.ceil(last.labelY + last.heightPx + 8) - topPx,
      ids: new Set(rest.map((p) => p.id)),
      label: t('timeline.cluster', {
        n: rest.length,
        range: formatDayRange(
          Math.min(...spans.map((sp) => sp.startMs)),
          Math.max(...spans.map((sp) => sp.endMs)) - 1,
        ),
      }),
    };
  }, [maxHeightPx, whole, fullPx, layout, index, selectedId]);
  const heightPx = cut ? cut.heightPx : fullPx;
  useKeepScroll(svgRef, k, scale, selectedId, index.spans);
  useRailWindow(svgRef, scale, store);

  // Keyboard focus follows the roving focus.
  const keyboardMove = useRef(false);
  useLayoutEffect(() => {
    if (!focusedId || !keyboardMove.current) return;
    keyboardMove.current = false;
    svgRef.current
      ?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(focusedId)}"][role="button"]`)
      ?.focus();
  }, [focusedId]);

  const order = visible.map((e) => e.id);
  const tabStop = focusedId && order.includes(focusedId) ? focusedId : order[0];
  const activeSet = selectActiveSet({ activeActors: active });
  const highlightSet = new Set(highlighted);

  const onKeyDown = (ev: KeyboardEvent<SVGSVGElement>) => {
    const s = store.getState();
    const id = (ev.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
    const move = (to: FocusMove) => {
      const target = id ? nextFocus(order, id, to) : null;
      if (!target) return false;
      keyboardMove.current = true;
      s.focusEvent(target);
    };
    answerKey(ev, {
      previous: move,
      next: move,
      first: move,
      last: move,
      open: () => (id ? s.selectEvent(id) : false),
      zoomIn: () => s.zoomIn(),
      zoomOut: () => s.zoomOut(),
      reset: () => s.resetView(),
      close: () => s.selectEvent(null),
    });
  };
  const onClick = (ev: MouseEvent<SVGSVGElement>) => {
    const id = (ev.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
    if (id) store.getState().selectEvent(id);
  };

  const dateH = opts.dateH;
  const svg = (
    <svg
      ref={svgRef}
      className={`timeline-svg timeline-svg--vertical${compact ? ' timeline-svg--compact' : ''}${cut ? ' timeline-svg--cut' : ''}`}
      width={widthPx}
      height={heightPx}
      viewBox={`0 ${cut?.topPx ?? 0} ${widthPx} ${heightPx}`}
      role="presentation"
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <VerticalAxis
        scale={scale}
        heightPx={heightPx}
        breakLabelY={layout.breakLabelY}
        grainMs={grainMs}
      />
      {layout.placed.map((p) => {
        if (cut?.ids.has(p.id)) return null;
        const leader = verticalLeader(p.markY, p.labelY, dateH);
        if (isNoteId(p.id))
          return (
            <g key={p.id} className="annotations" aria-hidden="true">
              <path className="mark-leader mark-leader--note" d={leader} />
              <text className="annotation-text" x={LABEL_X}>
                {p.lines.map((l, i) => (
                  <tspan key={i} x={LABEL_X} y={p.labelY + dateH + i * opts.lineH}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        const e = index.eventById.get(p.id);
        const span = index.spans.get(p.id);
        if (!e || !span) return null;
        const actor = primaryActor(e, activeSet);
        const group = index.actorById.get(actor)?.group ?? '';
        return (
          <VerticalEventMark
            key={p.id}
            placed={p}
            event={e}
            span={span}
            date={dateById.get(p.id)}
            leader={leader}
            color={colors.get(group) ?? 'currentColor'}
            shape={(index.shapeOf.get(actor) ?? 'circle') as Shape}
            name={markNameOf(index, e)}
            selected={selectedId === p.id}
            highlighted={highlightSet.has(p.id)}
            dimmed={highlightSet.size > 0 && !highlightSet.has(p.id)}
            tabbable={p.id === tabStop}
            widthPx={widthPx}
            dateH={dateH}
            lineH={opts.lineH}
          />
        );
      })}
    </svg>
  );
  if (!cut) return svg;
  return (
    <>
      {svg}
      <button type="button" className="rail-more" onClick={() => setWhole(true)}>
        {cut.label}
      </button>
    </>
  );
}
