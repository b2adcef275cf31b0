import { memo } from 'react';
import type { TimelineEvent } from '../data/schema';
import { shapePath, type Shape } from '../timeline/shapes';
import { UNIT_PX } from '../timeline/markItems';
import { textWidth } from '../timeline/textWidth';
import { useStoryTextLang } from './storyTextLang';
import { type EventSpan } from '../data/dateParse';
import { DATE_GAP_PX } from '../timeline/eventLabel';
import { type PlacedEvent } from '../timeline/layoutTypes';

/** The dates' font size (styles.css .mark-date), for the quiet strip under them. */
const DATE_FONT_PX = 12;

/** The middle of a block's first row (the mark's strip), where the mark sits. */
export const MARK_Y = UNIT_PX / 2;

export interface EventMarkProps {
  placed: PlacedEvent;
  event: TimelineEvent;
  span: EventSpan;
  color: string;
  shape: Shape;
  name: string;
  selected: boolean;
  highlighted: boolean;
  dimmed: boolean;
  tabbable: boolean;
  /** Only the first copy of an event (in swimlanes) is a button for assistive tech. */
  primary: boolean;
  /** The mark is outside the view: its title and date, which would be cut, are not shown. */
  offView?: boolean;
  /** The transform to draw with when nothing will run useHotMarks (the build-time picture). */
  at?: string | undefined;
}

/** What the label's drawing depends on: the same at two zoom levels means nothing to redraw. */
function sameLabel(a: PlacedEvent, b: PlacedEvent): boolean {
  return (
    a.id === b.id &&
    a.from - a.ax === b.from - b.ax &&
    a.to - a.from === b.to - b.from &&
    a.units === b.units &&
    a.cut === b.cut &&
    a.leader === b.leader &&
    a.dateBelow === b.dateBelow &&
    a.dateLeft === b.dateLeft &&
    a.anchor === b.anchor &&
    a.textDx === b.textDx &&
    a.date === b.date &&
    a.lines.length === b.lines.length &&
    a.lines.every((l, i) => l === b.lines[i])
  );
}

/** Position and stretch belong to useHotMarks; everything else must match to skip a render. */
function sameMark(a: EventMarkProps, b: EventMarkProps): boolean {
  for (const k of Object.keys(b) as (keyof EventMarkProps)[])
    if (k !== 'placed' && a[k] !== b[k]) return false;
  return sameLabel(a.placed, b.placed);
}

/**
 * One event: its mark with a quiet date beside it, then its title, wrapped and whole. Every event has
 * one mark of the same strength at its best date; what is uncertain about the date is a thin,
 * faded whisker, and a span with known ends a slim solid bar.
 * Position is set by useHotMarks; React renders it again only when its label's layout or state
 * changes.
 */
export const EventMark = memo(function EventMark(p: EventMarkProps) {
  const textLang = useStoryTextLang();
  const { placed, span, color } = p;
  const cls = [
    'mark',
    `mark--${span.precision}`,
    p.selected ? 'is-selected' : '',
    p.highlighted ? 'is-highlighted' : '',
    p.dimmed ? 'is-dimmed' : '',
    p.offView ? 'is-off-view' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const hitX = placed.from - placed.ax;
  const hitW = Math.max(28, placed.to - placed.from - 8);
  const spanX = placed.x0 - placed.ax;
  const spanW = placed.x1 - placed.x0;
  const textY = (i: number) => UNIT_PX * (i + 1) + 11;
  return (
    <g
      className={cls}
      data-mark="event"
      data-event-id={p.event.id}
      data-hot={placed.id}
      transform={p.at}
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
      {(placed.cut || p.offView) && <title>{p.event.title}</title>}
      <rect className="mark-hit" x={hitX} y={0} width={hitW} height={placed.units * UNIT_PX - 2} />
      {span.precision === 'range' && (
        <rect
          className="mark-bar"
          data-span=""
          x={spanX}
          y={MARK_Y - 3}
          height={6}
          width={Math.max(2, spanW)}
          rx={2}
        />
      )}
      <path className="mark-shape" d={shapePath(p.shape, 6)} transform={`translate(0,${MARK_Y})`} />
      {placed.leader !== null && (
        // A title moved along its row: a hairline from the mark to the title's top corner.
        <path className="mark-leader" d={`M0,${MARK_Y}H${placed.leader}V${UNIT_PX + 2}`} />
      )}
      {!placed.dateBelow && (
        // A strip of background under the date: the faint line of an uncertain date (its own
        // or a neighbour's in the row) stops at the text instead of running through it.
        <rect
          className="mark-date-gap"
          x={
            placed.dateLeft
              ? -DATE_GAP_PX - textWidth(placed.date, DATE_FONT_PX) - 3
              : DATE_GAP_PX - 3
          }
          y={MARK_Y - 3}
          width={textWidth(placed.date, DATE_FONT_PX) + 6}
          height={6}
        />
      )}
      <text
        className="mark-date"
        x={placed.dateBelow ? placed.textDx : placed.dateLeft ? -DATE_GAP_PX : DATE_GAP_PX}
        y={placed.dateBelow ? textY(placed.lines.length) - 1 : MARK_Y + 4}
        textAnchor={placed.dateBelow ? placed.anchor : placed.dateLeft ? 'end' : 'start'}
      >
        {placed.date}
      </text>
      <text className="mark-label" lang={textLang} x={placed.textDx} textAnchor={placed.anchor}>
        {placed.lines.map((line, i) => (
          <tspan key={i} x={placed.textDx} y={textY(i)}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}, sameMark);
