import { useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTimeline, useTimelineStore } from '../store';
import { selectActiveSet, selectVisibleEvents } from '../store/selectors';
import { primaryActor } from '../timeline/storyIndex';
import { formatEventDate, markDate } from '../data/dates';
import { axisBreaks, getTicks } from '../timeline/ticks';
import { zigzagAcross } from './AxisBreaks';
import { createStoryScale } from '../timeline/scales';
import { layoutVertical, VERTICAL_DEFAULTS, type VerticalItem } from '../timeline/verticalLayout';
import { nextFocus } from '../timeline/roving';
import { shapePath, type Shape } from '../timeline/shapes';
import { usePinchZoom } from '../hooks/usePinchZoom';

const TOP = 12;
const RAIL_X = 58;
const LABEL_X = 74;
const TICK_X = 0;

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

  const items = useMemo(() => {
    const out: VerticalItem[] = [];
    const [from, to] = index.extent;
    const withYear = new Date(from).getUTCFullYear() !== new Date(to).getUTCFullYear();
    for (const e of visible) {
      const span = index.spans.get(e.id);
      if (!span) continue;
      const anchorMs = span.precision === 'range' ? span.startMs : (span.startMs + span.endMs) / 2;
      out.push({
        id: e.id,
        anchorMs,
        startMs: span.startMs,
        endMs: span.endMs,
        title: e.title,
        date: markDate(e.date, withYear),
      });
    }
    // The story's notes go in the same column, where their events are.
    const shown = new Set(out.map((i) => i.id));
    (index.story.annotations ?? []).forEach((a, i) => {
      if (!a.events.every((id) => shown.has(id))) return;
      const mids = a.events.flatMap((id) => {
        const sp = index.spans.get(id);
        return sp ? [sp.startMs] : [];
      });
      const at = Math.min(...mids);
      out.push({ id: `note:${i}`, anchorMs: at, startMs: at, endMs: at, title: a.text, date: '' });
    });
    return out.sort((a, b) => a.anchorMs - b.anchorMs);
  }, [visible, index]);

  // Time is stretched so the labels fit near their dates on average; zoom multiplies it.
  const baseH = useMemo(() => {
    let sum = 0;
    for (const it of items)
      sum += layoutVertical([it], () => 0, opts).heightPx + VERTICAL_DEFAULTS.gapPx;
    // Roomier than the labels alone, so crowded weeks spread less far from their dates.
    return Math.max(360, sum * 1.4);
  }, [items, opts]);
  const scaleKind = useTimeline((s) => s.scaleKind);
  const storyScale = useMemo(
    () => createStoryScale(index.spans, scaleKind, baseH),
    [index, scaleKind, baseH],
  );
  const scale = useMemo(
    () => storyScale.copy().range([TOP, TOP + baseH * k]),
    [storyScale, baseH, k],
  );
  const layout = useMemo(
    () => layoutVertical(items, (ms) => scale(ms), opts),
    [items, scale, opts],
  );
  const dateById = useMemo(() => new Map(items.map((i) => [i.id, i.date])), [items]);
  const heightPx = Math.ceil(Math.max(layout.heightPx, scale.range()[1] ?? 0) + 16);
  const { ticks } = getTicks(scale, { charPx: 0, gapPx: 64 });
  const breaks = axisBreaks(scale);
  // The rail is cut where time is shortened.
  let railY = TOP;
  let rail = '';
  for (const b of breaks) {
    if (b.x0 > railY) rail += `M${RAIL_X},${railY}V${b.x0}`;
    railY = b.x1;
  }
  rail += `M${RAIL_X},${railY}V${heightPx - 8}`;

  // Zooming keeps the chosen event (else the middle of the screen) where it is on screen.
  const prev = useRef<{ k: number; scale: typeof scale } | null>(null);
  useLayoutEffect(() => {
    const p = prev.current;
    prev.current = { k, scale };
    const svg = svgRef.current;
    if (!p || p.k === k || !svg) return;
    const top = svg.getBoundingClientRect().top;
    const span = selectedId ? index.spans.get(selectedId) : undefined;
    const anchorMs = span
      ? (span.startMs + span.endMs) / 2
      : p.scale.invert(window.innerHeight / 2 - top).getTime();
    const before = p.scale(anchorMs);
    const after = scale(anchorMs);
    if (Number.isFinite(before) && Number.isFinite(after)) window.scrollBy(0, after - before);
  }, [k, scale, selectedId, index]);

  // The chosen event (its mark and its label) stays in the upper part of the screen, clear of
  // the details sheet.
  useLayoutEffect(() => {
    if (!selectedId || typeof window.scrollBy !== 'function') return;
    const boxes = [
      ...(svgRef.current?.querySelectorAll(`[data-event-id="${CSS.escape(selectedId)}"]`) ?? []),
    ].map((el) => el.getBoundingClientRect());
    if (boxes.length === 0) return;
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    if (top < 8 || bottom > window.innerHeight * 0.42)
      window.scrollBy(0, top - window.innerHeight * 0.08);
  }, [selectedId]);

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
      <g className="axis" aria-hidden="true">
        <path className="axis-line" d={rail} />
        {breaks.map((b) => (
          <g key={`${b.x0}:${b.label}`} className="axis-break">
            <rect
              className="axis-break-band"
              x={RAIL_X - 12}
              y={b.x0}
              width={24}
              height={b.x1 - b.x0}
            />
            <path className="axis-break-edge" d={zigzagAcross(b.x0, RAIL_X - 12, RAIL_X + 12)} />
            <path className="axis-break-edge" d={zigzagAcross(b.x1, RAIL_X - 12, RAIL_X + 12)} />
            {/* Right of the rail: a shortened stretch has no events there, and the date
                column is too narrow for "7 Wochen". */}
            <text
              className="axis-break-label axis-break-label--side"
              x={RAIL_X + 18}
              y={(b.x0 + b.x1) / 2 + 4}
            >
              {b.label}
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <g key={t.ms} transform={`translate(0,${t.x})`}>
            <line className="grid" x1={RAIL_X - 6} x2={RAIL_X} />
            <text className={t.major ? 'tick tick--major' : 'tick'} x={TICK_X} y={4}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {layout.placed.map((p) => {
        const midY = p.labelY + dateH / 2 + 2;
        const leader =
          Math.abs(midY - p.markY) > 3
            ? `M${RAIL_X + 7},${p.markY}L${LABEL_X - 10},${midY}H${LABEL_X - 3}`
            : `M${RAIL_X + 7},${p.markY}H${LABEL_X - 3}`;
        if (p.id.startsWith('note:'))
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
        const names = e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ');
        const selected = selectedId === p.id;
        const cls = [
          'mark',
          `mark--${span.precision}`,
          selected ? 'is-selected' : '',
          highlightSet.has(p.id) ? 'is-highlighted' : '',
          highlightSet.size > 0 && !highlightSet.has(p.id) ? 'is-dimmed' : '',
        ]
          .filter(Boolean)
          .join(' ');
        const markCls = `mark-rail${selected ? ' is-selected' : ''}`;
        return (
          <g key={p.id} style={{ color: colors.get(group) ?? 'currentColor' }}>
            {/* The rail's marks answer a tap too; the label beside them is the button. */}
            <g className={markCls} data-event-id={p.id} aria-hidden="true">
              {span.precision === 'range' && (
                <rect
                  className="mark-bar"
                  x={RAIL_X - 3}
                  y={p.y0}
                  width={6}
                  height={Math.max(2, p.y1 - p.y0)}
                  rx={2}
                />
              )}
              {(span.precision === 'month' || span.precision === 'approximate') && (
                <g className={`mark-whisker mark-whisker--${span.precision}`}>
                  <rect
                    x={RAIL_X - 0.75}
                    y={p.y0}
                    width={1.5}
                    height={Math.max(1.5, p.y1 - p.y0)}
                  />
                </g>
              )}
              <path className="mark-leader" d={leader} />
              <path
                className="mark-shape"
                d={shapePath((index.shapeOf.get(actor) ?? 'circle') as Shape, 6)}
                transform={`translate(${RAIL_X},${p.markY})`}
              />
            </g>
            <g
              className={cls}
              data-mark="event"
              data-event-id={p.id}
              role="button"
              tabIndex={p.id === tabStop ? 0 : -1}
              aria-label={`${e.title}, ${formatEventDate(e.date, true)}. ${e.attribution}. ${names}`}
              aria-pressed={selected}
            >
              <rect
                className="mark-hit"
                x={LABEL_X - 8}
                y={p.labelY - 4}
                width={widthPx - LABEL_X + 6}
                height={p.heightPx + 8}
              />
              <text className="mark-date" x={LABEL_X} y={p.labelY + 12}>
                {dateById.get(p.id)}
              </text>
              <text className="mark-label" x={LABEL_X}>
                {p.lines.map((l, i) => (
                  <tspan key={i} x={LABEL_X} y={p.labelY + dateH + 13 + i * opts.lineH}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          </g>
        );
      })}
    </svg>
  );
}
