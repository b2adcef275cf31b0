import { eventIdOf, hasWhisker, markActorOf, rowY, type LaneInfo } from '../timeline/markItems';
import type { StoryIndex } from '../timeline/storyIndex';
import { MARK_Y } from './EventMark';
import { type PlacedEvent } from '../timeline/layoutTypes';

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

/** The faint lines across the time an uncertain (month or approximate) date may cover. */
export function Whiskers({ events, index, lanes, colors, activeSet, at }: Props) {
  return (
    <g className="whiskers" aria-hidden="true">
      {events.map((p) => {
        const id = eventIdOf(p.id);
        const span = index.spans.get(id);
        if (!hasWhisker(span)) return null;
        const actor = markActorOf(p.lane, index.eventById.get(id), lanes.actors, activeSet);
        const group = index.actorById.get(actor)?.group ?? '';
        return (
          <g
            key={p.id}
            className={`mark-whisker mark-whisker--${span.precision}`}
            data-hot={`w:${p.id}`}
            transform={at(p.ax, rowY(lanes, p.lane, p.row))}
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
  );
}
