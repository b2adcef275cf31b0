import { memo } from 'react';
import type { TimelineEvent } from '../data/schema';
import type { VerticalPlaced } from '../timeline/verticalLayout';
import { LABEL_X, RAIL_X } from '../timeline/verticalItems';
import { shapePath, type Shape } from '../timeline/shapes';
import { useStoryTextLang } from './storyTextLang';
import { type EventSpan } from '../data/dateParse';

interface Props {
  placed: VerticalPlaced;
  event: TimelineEvent;
  span: EventSpan;
  /** The quiet date over the title. */
  date: string | undefined;
  /** The hairline from the mark to the label (verticalLeader). */
  leader: string;
  color: string;
  shape: Shape;
  /** Its accessible name, date first as drawn (markNameOf). */
  name: string;
  selected: boolean;
  highlighted: boolean;
  dimmed: boolean;
  tabbable: boolean;
  /** The svg's width: the label's hit area reaches across it. */
  widthPx: number;
  dateH: number;
  lineH: number;
}

/**
 * One event on the phone's rail: its mark (and span) on the rail, its label the button. Memoised:
 * a tap re-renders the two marks whose selection changed, not the whole rail.
 */
export const VerticalEventMark = memo(function VerticalEventMark(props: Props) {
  const { placed: p, span, selected, dateH, lineH } = props;
  const cls = [
    'mark',
    `mark--${span.precision}`,
    selected ? 'is-selected' : '',
    props.highlighted ? 'is-highlighted' : '',
    props.dimmed ? 'is-dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const markCls = `mark-rail${selected ? ' is-selected' : ''}`;
  const textLang = useStoryTextLang();
  return (
    <g style={{ color: props.color }}>
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
        {(span.precision === 'month' ||
          span.precision === 'year' ||
          span.precision === 'approximate') && (
          <g className={`mark-whisker mark-whisker--${span.precision}`}>
            <rect x={RAIL_X - 0.75} y={p.y0} width={1.5} height={Math.max(1.5, p.y1 - p.y0)} />
          </g>
        )}
        <path className="mark-leader" d={props.leader} />
        <path
          className="mark-shape"
          d={shapePath(props.shape, 6)}
          transform={`translate(${RAIL_X},${p.markY})`}
        />
      </g>
      <g
        className={cls}
        data-mark="event"
        data-event-id={p.id}
        role="button"
        tabIndex={props.tabbable ? 0 : -1}
        aria-label={props.name}
        aria-pressed={selected}
      >
        <rect
          className="mark-hit"
          x={LABEL_X - 8}
          y={p.labelY - 4}
          width={props.widthPx - LABEL_X + 6}
          height={p.heightPx + 8}
        />
        <text className="mark-date" x={LABEL_X} y={p.labelY + 12}>
          {props.date}
        </text>
        <text className="mark-label" lang={textLang} x={LABEL_X}>
          {p.lines.map((l, i) => (
            <tspan key={i} x={LABEL_X} y={p.labelY + dateH + 13 + i * lineH}>
              {l}
            </tspan>
          ))}
        </text>
      </g>
    </g>
  );
});
