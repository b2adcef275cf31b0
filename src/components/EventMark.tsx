import { memo } from 'react';
import type { TimelineEvent } from '../data/schema';
import type { EventSpan } from '../timeline/dates';
import { shapePath, type Shape } from '../timeline/shapes';
import type { PlacedEvent } from '../timeline/layout';

export const ROW_H = 36;
const LABEL_Y = 13;
const MARK_Y = 25;

export interface EventMarkProps {
  placed: PlacedEvent;
  event: TimelineEvent;
  span: EventSpan;
  y: number;
  color: string;
  shape: Shape;
  label: string;
  name: string;
  selected: boolean;
  highlighted: boolean;
  dimmed: boolean;
  tabbable: boolean;
  /** Only the first copy of an event (in swimlanes) is a button for assistive tech. */
  primary: boolean;
}

/**
 * One event: its label over its mark. The mark's form says how precisely its date is known:
 * a shape for a day, a solid bar for a range, a soft dashed band for a month or approximation.
 * Position is set by useHotMarks; React renders it once per zoom level.
 */
export const EventMark = memo(function EventMark(p: EventMarkProps) {
  const { placed, span, color } = p;
  const w = placed.x1 - placed.x0;
  const cls = [
    'mark',
    `mark--${span.precision}`,
    p.selected ? 'is-selected' : '',
    p.highlighted ? 'is-highlighted' : '',
    p.dimmed ? 'is-dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const labelW = p.label.length * 7 + 8;
  const dx = placed.labelDx;
  // A range is a solid bar with clear ends; a month or approximation a taller, softer band.
  const extent = span.precision === 'range' ? { h: 10, minW: 3, rx: 2 } : { h: 14, minW: 6, rx: 7 };
  // The hit area spans label and mark: a 24 px+ target even for a one-day point.
  const hitX = Math.min(dx, 0) - 10;
  const hitW = Math.max(w, dx + labelW, 28) - hitX + 2;
  return (
    <g
      className={cls}
      data-mark="event"
      data-event-id={p.event.id}
      data-x0={placed.x0}
      data-x1={placed.x1}
      data-y={p.y}
      transform={`translate(${placed.x0},${p.y})`}
      {...(p.primary
        ? {
            role: 'button',
            tabIndex: p.tabbable ? 0 : -1,
            'aria-label': p.name,
            'aria-pressed': p.selected,
          }
        : { 'aria-hidden': true })}
      style={{ color }}
    >
      <rect className="mark-hit" x={hitX} y={0} width={hitW} height={ROW_H - 2} />
      {span.precision === 'day' ? (
        <path
          className="mark-shape"
          d={shapePath(p.shape, 6.5)}
          transform={`translate(0,${MARK_Y})`}
        />
      ) : (
        <>
          <rect
            className={
              span.precision === 'range' ? 'mark-bar' : `mark-band mark-band--${span.precision}`
            }
            data-bar=""
            data-minw={extent.minW}
            x={0}
            y={MARK_Y - extent.h / 2}
            height={extent.h}
            width={Math.max(extent.minW, w)}
            rx={extent.rx}
          />
          <path
            className="mark-shape mark-shape--end"
            d={shapePath(p.shape, 5)}
            transform={`translate(0,${MARK_Y})`}
          />
        </>
      )}
      <text
        className="mark-label"
        x={dx}
        y={LABEL_Y}
        // A bar's label slides along it when its start is left of the view (useHotMarks);
        // `x` itself is then the hook's, so the layout's place is kept apart.
        {...(span.precision !== 'day' ? { 'data-sticky': labelW, 'data-dx': dx } : {})}
      >
        {p.label}
      </text>
    </g>
  );
});
