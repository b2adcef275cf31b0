import { memo } from 'react';
import { getTicks } from '../timeline/ticks';
import { fmtDayMonth } from '../timeline/tickFormat';
import type { TimeScale } from '../timeline/timeScale';
import { RAIL_X, TOP_PX } from '../timeline/verticalItems';
import { zigzagAcross } from './AxisBreaks';
import { axisBreaks } from '../timeline/axisBreaks';
import { tickLinesOf } from '../timeline/tickLines';

const TICK_X = 0;
/** The ticks' font size (styles.css .tick), a second line's step, the room before the rail. */
const TICK_FONT_PX = 13;
const TICK_LINE_PX = 14;
const TICK_CLEAR_PX = 9;
/** A stretch drawn at least this many times longer than the rail around it is marked. */
const MARKED_STRETCH = 2;

interface Props {
  /** Time down the page, in the svg's pixels. */
  scale: TimeScale;
  heightPx: number;
  /** Where each break's label goes, by the break's first ms (layoutVertical). */
  breakLabelY?: ReadonlyMap<number, number> | undefined;
  /** The story's finest unit (storyGrainMs): a year story ticks in years, however stretched. */
  grainMs?: number | undefined;
}

/** The phone's time rail: cut where time is shortened, with its ticks in the date column. */
export const VerticalAxis = memo(function VerticalAxis({
  scale,
  heightPx,
  breakLabelY,
  grainMs,
}: Props) {
  const { ticks } = getTicks(scale, { charPx: 0, gapPx: 64, grainMs: grainMs ?? 0 });
  const breaks = axisBreaks(scale);
  // Stretches drawn longer than the rail around them, marked as a break is.
  const stretches: { y0: number; y1: number }[] = [];
  for (const st of scale.warp.stretches ?? []) {
    if (st.factor < MARKED_STRETCH) continue;
    const y0 = scale(st.fromMs);
    const y1 = scale(st.toMs);
    const last = stretches[stretches.length - 1];
    // Neighbouring stretches are one band.
    if (last && y0 - last.y1 < 1) last.y1 = y1;
    else stretches.push({ y0, y1 });
  }
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
            y={(breakLabelY?.get(b.fromMs) ?? (b.x0 + b.x1) / 2) + 4}
          >
            {b.label}
          </text>
        </g>
      ))}
      {stretches.map((st) => (
        <rect
          key={st.y0}
          className="axis-stretch"
          x={RAIL_X - 4}
          y={st.y0}
          width={8}
          height={st.y1 - st.y0}
        />
      ))}
      {ticks.map((t) => (
        <g key={t.ms} transform={`translate(0,${t.x})`} data-tick-ms={t.ms}>
          <line className="grid" x1={RAIL_X - 6} x2={RAIL_X} />
          <text className={t.major ? 'tick tick--major' : 'tick'} x={TICK_X} y={4}>
            {/* A day alone ("10") where a stretch's finer ticks begin names its month; a
                label wider than the gutter ("أبريل 2026") puts its last word under the rest,
                clear of the rail. */}
            {tickLinesOf(
              /^\d{1,2}$/.test(t.label) ? fmtDayMonth(new Date(t.ms)) : t.label,
              TICK_FONT_PX,
              t.major,
              RAIL_X - TICK_X - TICK_CLEAR_PX,
            ).map((line, i, all) =>
              all.length === 1 ? (
                line
              ) : (
                <tspan key={i} x={TICK_X} dy={i === 0 ? 0 : TICK_LINE_PX}>
                  {line}
                </tspan>
              ),
            )}
          </text>
        </g>
      ))}
    </g>
  );
});
