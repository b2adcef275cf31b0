import { useTimeline } from '../store';
import { selectBaseScale } from '../store/selectors';
import { getTicks } from '../timeline/ticks';
import { viewScale } from '../timeline/zoom';

/** Ticks and grid lines; few enough to re-render on every frame. */
export function TimelineAxis({ top, height }: { top: number; height: number }) {
  const base = useTimeline(selectBaseScale);
  const view = useTimeline((s) => s.view);
  const { ticks } = getTicks(viewScale(base, view));
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.ms} transform={`translate(${t.x},0)`}>
          <line className={t.major ? 'grid grid--major' : 'grid'} y1={top} y2={top + height} />
          <text className={t.major ? 'tick tick--major' : 'tick'} x={4} y={top + height + 16}>
            {t.label}
          </text>
        </g>
      ))}
      <line className="axis-line" x1={0} x2={base.range()[1]} y1={top + height} y2={top + height} />
    </g>
  );
}
