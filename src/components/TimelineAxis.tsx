import { useTimeline } from '../store';
import { selectBaseScale } from '../store/selectors';
import { getTicks } from '../timeline/ticks';
import { viewScale } from '../timeline/zoom';
import { AxisBreaks } from './AxisBreaks';
import { axisBreaks } from '../timeline/axisBreaks';
import { sequenceGaps } from '../timeline/sequenceTicks';

/** Wide enough for the axis's 13 px labels, bold years included. */
const TICK_CHAR_PX = 7.5;
/** The axis takes this much under the track: two rows of labels. */
export const AXIS_H = 44;

/**
 * Shortened stretches through the track, in the view's pixels. Drawn between the faint lines of
 * uncertain dates and the marks, so a line that crosses a break shows the cut.
 */
export function TrackBreaks({ top, height }: { top: number; height: number }) {
  const base = useTimeline(selectBaseScale);
  const view = useTimeline((s) => s.view);
  const breaks = axisBreaks(viewScale(base, view));
  // The time skipped is written inside the band, over the axis line, as the evenly spaced
  // scale writes its gaps: on the tick row it read as one phrase with the next tick ("7 weeks
  // 11 Apr").
  return <AxisBreaks breaks={breaks} top={top} height={height} labelY={top + height - 8} />;
}

/** Ticks and grid lines; few enough to re-render on every frame. */
export function TimelineAxis({ top, height }: { top: number; height: number }) {
  const base = useTimeline(selectBaseScale);
  const view = useTimeline((s) => s.view);
  const scale = viewScale(base, view);
  const { ticks } = getTicks(scale, { charPx: TICK_CHAR_PX, twoLevel: true });
  const breaks = axisBreaks(scale);
  const gaps = sequenceGaps(scale);
  const widthPx = base.range()[1] ?? 0;
  const bottom = top + height;
  const shut = breaks.filter((b) => !b.open);
  // The axis line is cut where a closed break is.
  let x = 0;
  let line = '';
  for (const b of shut) {
    if (b.x0 > x) line += `M${x},${bottom}H${b.x0 - 3}`;
    x = b.x1 + 3;
  }
  if (x < widthPx) line += `M${x},${bottom}H${widthPx}`;
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((t) =>
        t.level === 0 ? (
          <g key={t.ms} transform={`translate(${t.x},0)`}>
            {!t.edge && (
              <line className={t.major ? 'grid grid--major' : 'grid'} y1={top} y2={bottom} />
            )}
            {/* A label that would be cut by the edge ("202") is left to the grid line. */}
            {t.label && t.x + 4 + t.label.length * TICK_CHAR_PX <= widthPx && (
              <text className={t.major ? 'tick tick--major' : 'tick'} x={4} y={bottom + 16}>
                {t.label}
              </text>
            )}
          </g>
        ) : (
          t.label &&
          t.x + 4 + t.label.length * TICK_CHAR_PX <= widthPx && (
            <text key={`u${t.ms}`} className="tick tick--upper" x={t.x + 4} y={bottom + 34}>
              {t.label}
            </text>
          )
        ),
      )}
      {gaps.map((g) => (
        <g key={`g${g.x0}`} className="seq-gap">
          <path d={`M${g.x0 + 8},${bottom - 6}H${g.x1 - 8}`} />
          <text x={(g.x0 + g.x1) / 2} y={bottom - 10}>
            {g.label}
          </text>
        </g>
      ))}
      <path className="axis-line" d={line} />
    </g>
  );
}
