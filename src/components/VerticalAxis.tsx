import { memo } from 'react';
import { axisBreaks, getTicks } from '../timeline/ticks';
import type { TimeScale } from '../timeline/timeScale';
import { RAIL_X, TOP_PX } from '../timeline/verticalItems';
import { zigzagAcross } from './AxisBreaks';

const TICK_X = 0;

interface Props {
  /** Time down the page, in the svg's pixels. */
  scale: TimeScale;
  heightPx: number;
}

/** The phone's time rail: cut where time is shortened, with its ticks in the date column. */
export const VerticalAxis = memo(function VerticalAxis({ scale, heightPx }: Props) {
  const { ticks } = getTicks(scale, { charPx: 0, gapPx: 64 });
  const breaks = axisBreaks(scale);
  let railY = TOP_PX;
  let rail = '';
  for (const b of breaks) {
    if (b.x0 > railY) rail += `M${RAIL_X},${railY}V${b.x0}`;
    railY = b.x1;
  }
  rail += `M${RAIL_X},${railY}V${heightPx - 8}`;
  return (
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
  );
});
