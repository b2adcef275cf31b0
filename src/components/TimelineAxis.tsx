import { useTimeline } from '../store';
import { selectBaseScale } from '../store/selectors';
import { getTicks } from '../timeline/ticks';
import { viewScale } from '../timeline/zoom';

/** Wide enough for the axis's 12 px labels, bold years included. */
const TICK_CHAR_PX = 7.5;

/** Ticks and grid lines; few enough to re-render on every frame. */
export function TimelineAxis({ top, height }: { top: number; height: number }) {
  const base = useTimeline(selectBaseScale);
  const view = useTimeline((s) => s.view);
  const { ticks } = getTicks(viewScale(base, view));
  const widthPx = base.range()[1] ?? 0;
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.ms} transform={`translate(${t.x},0)`}>
          <line className={t.major ? 'grid grid--major' : 'grid'} y1={top} y2={top + height} />
          {/* A label that would be cut by the edge ("202") is left to the grid line. */}
          {t.x + 4 + t.label.length * TICK_CHAR_PX <= widthPx && (
            <text className={t.major ? 'tick tick--major' : 'tick'} x={4} y={top + height + 16}>
              {t.label}
            </text>
          )}
        </g>
      ))}
      <line className="axis-line" x1={0} x2={widthPx} y1={top + height} y2={top + height} />
    </g>
  );
}
