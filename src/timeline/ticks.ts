import { axisBreaks, segmentsOf } from './axisBreaks';
import { sequenceTicks } from './sequenceTicks';
import { fmtDayMonth, fmtDayMonthTime, fmtMonthYear, fmtYear } from './tickFormat';
import { spaceLabels, upperRow, type Tick } from './tickRows';
import { chooseCandidate, type Candidate } from './tickUnits';
import type { TimeScale } from './timeScale';
import { DAY_MS } from './warp';

// The axis's pieces live in their own files; callers import them from here.

/** How wide a character is, the least gap between labels, and whether a second row names the larger unit. */
export interface TickOptions {
  charPx?: number;
  gapPx?: number;
  /** Two rows: the unit, and the larger unit under it (days over months, months over years). */
  twoLevel?: boolean;
  /** The story's finest unit in ms (storyGrainMs); no tick is finer. */
  grainMs?: number;
}

/**
 * Ticks for the visible domain whose labels never overlap: in each stretch between breaks, the
 * finest unit (years → months → weeks → days) that leaves each label its width plus a gap.
 */
export function getTicks(
  scale: TimeScale,
  opts: TickOptions = {},
): { unit: string; ticks: Tick[] } {
  const { charPx = 7.5, gapPx = 16, twoLevel = false, grainMs = 0 } = opts;
  if (scale.warp.kind === 'sequence') return sequenceTicks(scale, charPx, twoLevel);
  const segments = segmentsOf(scale);
  let unit: Candidate | null = null;
  let widest = -1;
  const ticks: Tick[] = [];
  for (const [a, b, afterBreak] of segments) {
    const px = scale(b) - scale(a);
    if (!(b > a) || px <= 0) continue;
    const c = chooseCandidate(
      px / (b - a),
      charPx,
      gapPx,
      twoLevel,
      scale.warp.minVisibleU < DAY_MS,
      grainMs,
    );
    if (px > widest) [unit, widest] = [c, px];
    const dates = c.interval.range(c.interval.ceil(new Date(a)), new Date(b));
    const firstX = dates[0] ? scale(dates[0]) : Infinity;
    if (afterBreak && firstX - scale(a) > 8 * charPx + gapPx)
      ticks.push({
        ms: a,
        x: scale(a),
        label:
          grainMs >= 365 * DAY_MS
            ? fmtYear(new Date(a))
            : c.nominalMs >= 365 * DAY_MS
              ? fmtMonthYear(new Date(a))
              : c.nominalMs < DAY_MS
                ? fmtDayMonthTime(new Date(a))
                : fmtDayMonth(new Date(a)),
        major: false,
        level: 0,
        edge: true,
      });
    for (const d of dates)
      ticks.push({
        ms: d.getTime(),
        x: scale(d),
        label: twoLevel ? c.short(d) : c.label(d),
        major: c.major(d),
        level: 0,
      });
  }
  if (!unit) return { unit: 'none', ticks: [] };
  ticks.sort((p, q) => p.ms - q.ms);
  const first = ticks[0];
  const fine = unit.name === 'days' || unit.name === 'weeks';
  const monthsUnit = unit.name === 'months' || unit.name === 'quarters';
  const clock = unit.nominalMs < DAY_MS;
  // The first tick names its day, month or year when the unit alone would not say it.
  if (!twoLevel && first && !first.major) {
    if (fine) first.label = fmtDayMonth(new Date(first.ms));
    if (monthsUnit) first.label = fmtMonthYear(new Date(first.ms));
    // Not in the phone's narrow gutter (charPx 0): its marks and details name the day.
    if (clock && charPx > 0) first.label = fmtDayMonthTime(new Date(first.ms));
  }
  const blocked = axisBreaks(scale)
    .filter((b) => !b.open)
    .map((b): [number, number] => {
      const mid = (b.x0 + b.x1) / 2;
      const half = (b.label.length * charPx * 0.85) / 2;
      return [mid - half, mid + half];
    });
  spaceLabels(ticks, charPx, blocked);
  if (twoLevel && (fine || monthsUnit || clock))
    ticks.push(...upperRow(scale, clock ? 'days' : fine ? 'months' : 'years', charPx));
  return { unit: unit.name, ticks };
}
