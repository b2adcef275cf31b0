import { useId } from 'react';
import { DATE_GAP_PX, type PlacedEvent } from '../timeline/layout';
import { textWidth } from '../timeline/textWidth';
import { eventIdOf, hasWhisker, markActorOf, rowY, type LaneInfo } from '../timeline/markItems';
import type { StoryIndex } from '../timeline/storyIndex';
import { MARK_Y } from './EventMark';

interface Props {
  /** The drawn marks; only those with an uncertain date get a whisker. */
  events: readonly PlacedEvent[];
  index: StoryIndex;
  lanes: LaneInfo;
  colors: Map<string, string>;
  activeSet: ReadonlySet<string> | null;
  /** A node's transform at a place; undefined where useHotMarks sets it. */
  at: (x: number, y: number) => string | undefined;
}

/** The mark's date beside it, in px from the mark: a whisker is cut there, not run through it. */
function dateGap(p: PlacedEvent): [number, number] | null {
  if (p.dateBelow || !p.date) return null;
  const w = textWidth(p.date, DATE_GAP_FONT_PX) + 2 * DATE_GAP_PAD_PX;
  return p.dateLeft
    ? [-DATE_GAP_PX - w + DATE_GAP_PAD_PX, -DATE_GAP_PX + DATE_GAP_PAD_PX]
    : [DATE_GAP_PX - DATE_GAP_PAD_PX, DATE_GAP_PX - DATE_GAP_PAD_PX + w];
}
/** The dates' font size (styles.css .mark-date) and the clear space kept around them. */
const DATE_GAP_FONT_PX = 12;
const DATE_GAP_PAD_PX = 3;

/**
 * The faint lines across the time an uncertain (month or approximate) date may cover, cut where
 * the mark's own date is written ("about June"), so the line never runs through its text. The
 * cut is a clip in the mark's own coordinates: it stays put while the line stretches with zoom.
 */
export function Whiskers({ events, index, lanes, colors, activeSet, at }: Props) {
  const uid = useId();
  return (
    <g className="whiskers" aria-hidden="true">
      {events.map((p) => {
        const id = eventIdOf(p.id);
        const span = index.spans.get(id);
        if (!hasWhisker(span)) return null;
        const actor = markActorOf(p.lane, index.eventById.get(id), lanes.actors, activeSet);
        const group = index.actorById.get(actor)?.group ?? '';
        const gap = dateGap(p);
        const clipId = `${uid}w${p.id}`.replace(/[^\w-]/g, '_');
        return (
          <g
            key={p.id}
            className={`mark-whisker mark-whisker--${span.precision}`}
            data-hot={`w:${p.id}`}
            transform={at(p.ax, rowY(lanes, p.lane, p.row))}
            style={{ color: colors.get(group) ?? 'currentColor' }}
            clipPath={gap ? `url(#${clipId})` : undefined}
          >
            {gap && (
              <clipPath id={clipId}>
                <path
                  clipRule="evenodd"
                  d={`M-1e6,${MARK_Y - 9}H1e6V${MARK_Y + 9}H-1e6Z M${gap[0]},${MARK_Y - 9}H${gap[1]}V${MARK_Y + 9}H${gap[0]}Z`}
                />
              </clipPath>
            )}
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
  );
}
