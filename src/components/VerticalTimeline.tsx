import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
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
import { nextFocus } from '../timeline/roving';
import type { Shape } from '../timeline/shapes';
import { usePinchZoom } from '../hooks/usePinchZoom';
import { useKeepScroll } from '../hooks/useKeepScroll';
import { useRailWindow } from '../hooks/useRailWindow';
import { VerticalAxis } from './VerticalAxis';
import { VerticalEventMark } from './VerticalEventMark';

interface Props {
  widthPx: number;
  colors: Map<string, string>;
}

/**
 * The phone's timeline: time runs down the page beside a rail, every title whole across the
 * width, each as near its date as the others allow (a hairline leads back to the mark when it
 * is not level with it). A swipe scrolls the page, two fingers or the zoom buttons stretch time.
 */
export function VerticalTimeline({ widthPx, colors }: Props) {
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
  const opts = useMemo(
    () => ({ ...VERTICAL_DEFAULTS, labelPx: Math.max(120, widthPx - LABEL_X - 6) }),
    [widthPx],
  );

  const items = useMemo(() => verticalItemsOf(visible, index), [visible, index]);
  // The rail's length before zoom (zoom multiplies it) and before its stretches.
  const scaleKind = useTimeline((s) => s.scaleKind);
  const { baseH, storyScale } = useMemo(() => {
    // Measured on the story's scale at a first guess of the length (breaks depend on it).
    const guess = verticalBaseHeight(items, opts);
    const h = verticalBaseHeight(items, opts, createStoryScale(index.spans, scaleKind, guess));
    return { baseH: h, storyScale: createStoryScale(index.spans, scaleKind, h) };
  }, [items, opts, index, scaleKind]);
  // Crowded dates get a stretch of rail long enough for their titles (layoutVertical).
  const layout = useMemo(
    () => layoutVertical(items, storyScale.copy().range([0, baseH * k]), opts, TOP_PX),
    [items, storyScale, baseH, k, opts],
  );
  const { scale } = layout;
  const dateById = useMemo(() => new Map(items.map((i) => [i.id, i.date])), [items]);
  const heightPx = Math.ceil(layout.heightPx + 16);
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
    const target = id ? nextFocus(order, id, ev.key) : null;
    if (target) {
      ev.preventDefault();
      keyboardMove.current = true;
      s.focusEvent(target);
    } else if (id && (ev.key === 'Enter' || ev.key === ' ')) {
      ev.preventDefault();
      s.selectEvent(id);
    } else if (ev.key === '+' || ev.key === '=') s.zoomIn();
    else if (ev.key === '-' || ev.key === '_') s.zoomOut();
    else if (ev.key === '0') s.resetView();
    else if (ev.key === 'Escape') s.selectEvent(null);
    else return;
    ev.preventDefault();
  };
  const onClick = (ev: MouseEvent<SVGSVGElement>) => {
    const id = (ev.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
    if (id) store.getState().selectEvent(id);
  };

  const dateH = opts.dateH;
  return (
    <svg
      ref={svgRef}
      className="timeline-svg timeline-svg--vertical"
      width={widthPx}
      height={heightPx}
      viewBox={`0 0 ${widthPx} ${heightPx}`}
      role="presentation"
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <VerticalAxis scale={scale} heightPx={heightPx} breakLabelY={layout.breakLabelY} />
      {layout.placed.map((p) => {
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
            names={e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ')}
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
}
