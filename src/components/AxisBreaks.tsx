import { t } from '../i18n/catalog';
import { type AxisBreak } from '../timeline/axisBreaks';

/** A vertical zig-zag from y0 to y1 at x: the edge of a shortened stretch. */
export function zigzag(x: number, y0: number, y1: number, amp = 3, step = 6): string {
  let d = `M${x},${y0}`;
  let side = 1;
  for (let y = y0 + step; y < y1; y += step, side = -side) d += `L${x + side * amp},${y}`;
  return `${d}L${x},${y1}`;
}

/** A horizontal zig-zag from x0 to x1 at y: a break's edge across a vertical rail. */
export function zigzagAcross(y: number, x0: number, x1: number, amp = 3, step = 6): string {
  let d = `M${x0},${y}`;
  let side = 1;
  for (let x = x0 + step; x < x1; x += step, side = -side) d += `L${x},${y + side * amp}`;
  return `${d}L${x1},${y}`;
}

interface Props {
  breaks: AxisBreak[];
  top: number;
  height: number;
  /** Where the label's baseline goes: inside the band, clear of the tick labels. */
  labelY: number;
}

/**
 * Shortened stretches through the track: a tinted band between two zig-zags, the axis cut, and
 * the time skipped under it ("6 weeks"). Bands and ranges crossing it show the cut inside them.
 */
export function AxisBreaks({ breaks, top, height, labelY }: Props) {
  return (
    <g className="axis-breaks" aria-hidden="true">
      {breaks.map((b) => {
        const mid = (b.x0 + b.x1) / 2;
        return (
          <g key={`${b.x0}:${b.label}`} className={b.open ? 'axis-break is-open' : 'axis-break'}>
            <rect
              className="axis-break-band"
              x={b.x0}
              y={top}
              width={b.x1 - b.x0}
              height={height}
            />
            <path className="axis-break-edge" d={zigzag(b.x0, top, top + height)} />
            <path className="axis-break-edge" d={zigzag(b.x1, top, top + height)} />
            <text className="axis-break-label" x={mid} y={b.open ? top + 14 : labelY}>
              {b.open ? t('timeline.shortened', { duration: b.label }) : b.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
