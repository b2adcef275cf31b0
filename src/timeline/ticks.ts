import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/** One axis tick, ready to render: D3 computes, React draws. */
export interface Tick {
  ms: number;
  x: number;
  label: string;
  /** A tick that starts a larger unit (a new month among days, a new year among months). */
  major: boolean;
}

interface Candidate {
  name: string;
  interval: TimeInterval;
  label: (d: Date) => string;
  major: (d: Date) => boolean;
  /** Widest label in characters, to keep labels apart. */
  chars: number;
}

const fmtYear = utcFormat('%Y');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%b %Y');
const fmtDayMonth = utcFormat('%-d %b');
const fmtDay = utcFormat('%-d');

const isJan = (d: Date) => d.getUTCMonth() === 0;
const isFirst = (d: Date) => d.getUTCDate() === 1;

// From coarse to fine; the finest whose labels fit is chosen.
const everyYears = (n: number): Candidate => ({
  name: n === 1 ? 'years' : `${n} years`,
  interval: utcYear.every(n) ?? utcYear,
  label: fmtYear,
  major: () => true,
  chars: 5,
});

const CANDIDATES: Candidate[] = [
  ...[1000, 500, 100, 50, 10, 5, 2].map(everyYears),
  everyYears(1),
  {
    name: 'quarters',
    interval: utcMonth.every(3) ?? utcMonth,
    label: (d) => (isJan(d) ? fmtMonthYear(d) : fmtMonth(d)),
    major: isJan,
    chars: 8,
  },
  {
    name: 'months',
    interval: utcMonth,
    label: (d) => (isJan(d) ? fmtMonthYear(d) : fmtMonth(d)),
    major: isJan,
    chars: 8,
  },
  {
    name: 'weeks',
    interval: utcMonday,
    label: fmtDayMonth,
    major: () => false,
    chars: 6,
  },
  {
    name: 'days',
    interval: utcDay,
    label: (d) => (isFirst(d) ? fmtDayMonth(d) : fmtDay(d)),
    major: isFirst,
    chars: 6,
  },
];

/**
 * Ticks for the visible domain whose labels never overlap: the finest unit (months → weeks →
 * days) that leaves each label its width plus a gap.
 */
export function getTicks(
  scale: ScaleTime<number, number>,
  opts: { charPx?: number; gapPx?: number } = {},
): { unit: string; ticks: Tick[] } {
  const { charPx = 7.5, gapPx = 16 } = opts;
  const [d0, d1] = scale.domain();
  if (!d0 || !d1) return { unit: 'none', ticks: [] };
  let chosen: Candidate = CANDIDATES[0] as Candidate;
  for (const c of CANDIDATES) {
    const a = c.interval.floor(d0);
    const b = c.interval.offset(a, 1);
    const stepPx = Math.abs(scale(b) - scale(a));
    if (stepPx >= c.chars * charPx + gapPx) chosen = c;
    else break;
  }
  const ticks = chosen.interval.range(chosen.interval.ceil(d0), d1).map((d) => ({
    ms: d.getTime(),
    x: scale(d),
    label: chosen.label(d),
    major: chosen.major(d),
  }));
  // The first tick names its month/year when the unit alone would not say it.
  const first = ticks[0];
  if (first && (chosen.name === 'days' || chosen.name === 'weeks') && !first.major)
    first.label = fmtDayMonth(new Date(first.ms));
  if (first && (chosen.name === 'months' || chosen.name === 'quarters') && !first.major)
    first.label = fmtMonthYear(new Date(first.ms));
  return { unit: chosen.name, ticks };
}
