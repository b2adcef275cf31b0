import { useTimeline } from '../store';
import type { LaneInfo } from '../timeline/markItems';

/** Lane names in swimlane mode, drawn at the left edge over a light backing. */
export function LaneLabels({
  lanes,
  textColors,
}: {
  lanes: LaneInfo;
  textColors: Map<string, string>;
}) {
  const index = useTimeline((s) => s.index);
  return (
    <g className="lanes" aria-hidden="true">
      {lanes.actors.map((a, i) => {
        const actor = index.actorById.get(a);
        const y = lanes.top + i * lanes.laneH;
        return (
          <g key={a} transform={`translate(0,${y})`}>
            {i > 0 && <line className="lane-sep" x1={0} x2="100%" y1={-17} y2={-17} />}
            <text
              className="lane-label"
              x={4}
              y={-4}
              style={{ fill: textColors.get(actor?.group ?? '') }}
            >
              {actor?.name ?? a}
            </text>
          </g>
        );
      })}
    </g>
  );
}
