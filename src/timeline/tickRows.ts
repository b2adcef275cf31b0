import { utcDay, utcMonth, utcYear } from './utcIntervals';
import { fmtDayMonthYear, fmtLongMonthYear, fmtYear } from './tickFormat';
import type { TimeScale } from './timeScale';

/** One axis tick, ready to render: D3 computes, React draws. */
export interface Tick {
  ms: number;
  x: number;
  /** Empty when the label would touch its neighbour: the grid line stays. */
  label: string;
  /** A tick that starts a larger unit (a new month among days, a new year among months). */
  major: boolean;
  /** 0: the unit row; 1: the row under it naming the larger unit (months under days). */
  level: 0 | 1;
  /** The first moment after a break, named so the reader knows where time picks up. */
  edge?: boolean;
}

/** Blanks labels that would touch the one before or a blocked box; grid lines stay. */
export function spaceLabels(ticks: Tick[], charPx: number, blocked: [number, number][]): void {
  let end = -Infinity;
  for (const t of ticks) {
    if (!t.label) continue;
    const x0 = t.x + 4;
    const x1 = x0 + t.label.length * charPx;
    if (x0 < end + 6 || blocked.some(([a, b]) => x1 > a - 8 && x0 < b + 2)) t.label = '';
    else end = x1;
  }
}

const UPPER = {
  days: [utcDay, fmtDayMonthYear],
  months: [utcMonth, fmtLongMonthYear],
  years: [utcYear, fmtYear],
} as const;

/** Days under hours, months under days, years under months: at each boundary, and at the left edge. */
export function upperRow(scale: TimeScale, unit: keyof typeof UPPER, charPx: number): Tick[] {
  const [d0 = new Date(0), d1 = new Date(0)] = scale.domain();
  const [interval, fmt] = UPPER[unit];
  const out: Tick[] = [];
  const breaks = scale.warp.breaks;
  const hidden = (ms: number) => breaks.some((b) => ms > b.fromMs && ms < b.toMs);
  for (const d of interval.range(interval.ceil(d0), d1))
    if (!hidden(d.getTime()))
      out.push({ ms: d.getTime(), x: scale(d), label: fmt(d), major: true, level: 1 });
  // The unit the view starts in, unless a boundary is about to name the next one.
  const edge = fmt(interval.floor(d0));
  const [x0 = 0] = scale.range();
  if (!out[0] || out[0].x - x0 > (edge.length + 2) * charPx)
    out.unshift({ ms: d0.getTime(), x: x0, label: edge, major: false, level: 1 });
  spaceLabels(out, charPx, []);
  return out;
}
