import {
  utcDay,
  utcHours,
  utcMinutes,
  utcMonday,
  utcMonths,
  utcYears,
  type UtcInterval,
} from './utcIntervals';
import { fmtDay, fmtDayMonth, fmtMonth, fmtMonthYear, fmtTime, fmtYear } from './tickFormat';
import { DAY_MS } from './warp';

/** A unit the axis may tick in, with its labels and their widths. */
export interface Candidate {
  name: string;
  interval: UtcInterval;
  nominalMs: number;
  label: (d: Date) => string;
  /** The label when a second row names the larger unit. */
  short: (d: Date) => string;
  major: (d: Date) => boolean;
  /** Widest label in characters, to keep labels apart; `shortChars` for the short label. */
  chars: number;
  shortChars: number;
}

const isJan = (d: Date) => d.getUTCMonth() === 0;
const isFirst = (d: Date) => d.getUTCDate() === 1;

const everyYears = (n: number): Candidate => ({
  name: n === 1 ? 'years' : `${n} years`,
  interval: utcYears(n),
  nominalMs: n * 365.25 * DAY_MS,
  label: fmtYear,
  short: fmtYear,
  major: () => true,
  chars: 5,
  shortChars: 5,
});

const monthly = (name: string, n: number): Candidate => ({
  name,
  interval: utcMonths(n),
  nominalMs: n * 30.44 * DAY_MS,
  label: (d) => (isJan(d) ? fmtMonthYear(d) : fmtMonth(d)),
  short: fmtMonth,
  major: isJan,
  chars: 8,
  shortChars: 4,
});

const isMidnight = (d: Date) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
/** The widest time the reader's clock writes ("22:30", "10:30 pm"), measured when asked. */
const timeChars = () => fmtTime(new Date(Date.UTC(2000, 0, 1, 22, 30))).length + 1;

/** Hours and minutes on the story's clock; midnight names its day. */
const clockly = (name: string, interval: UtcInterval, nominalMs: number): Candidate => ({
  name,
  interval,
  nominalMs,
  label: (d) => (isMidnight(d) ? fmtDayMonth(d) : fmtTime(d)),
  short: fmtTime,
  major: isMidnight,
  get chars() {
    return Math.max(6, timeChars());
  },
  get shortChars() {
    return timeChars();
  },
});

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

// From coarse to fine; the finest whose labels fit is chosen.
const CANDIDATES: Candidate[] = [
  ...[1000, 500, 100, 50, 10, 5, 2, 1].map(everyYears),
  monthly('quarters', 3),
  monthly('months', 1),
  {
    name: 'weeks',
    interval: utcMonday,
    nominalMs: 7 * DAY_MS,
    label: fmtDayMonth,
    short: fmtDay,
    major: () => false,
    chars: 6,
    // Weeks only when they are roomy: a whole story reads better in months.
    shortChars: 6,
  },
  {
    name: 'days',
    interval: utcDay,
    nominalMs: DAY_MS,
    label: (d) => (isFirst(d) ? fmtDayMonth(d) : fmtDay(d)),
    short: fmtDay,
    major: isFirst,
    chars: 6,
    shortChars: 3,
  },
  ...[12, 6, 3, 1].map((n) => clockly(n === 1 ? 'hours' : `${n} hours`, utcHours(n), n * HOUR_MS)),
  ...[30, 15, 10, 5, 1].map((n) =>
    clockly(n === 1 ? 'minutes' : `${n} minutes`, utcMinutes(n), n * MINUTE_MS),
  ),
];

/** The finest unit whose labels, at this many pixels per ms, leave each its width and a gap. */
export function chooseCandidate(
  pxPerMs: number,
  charPx: number,
  gapPx: number,
  short: boolean,
  clock = false,
  /** The story's finest unit (storyGrainMs): no tick finer than what its dates name. */
  grainMs = 0,
): Candidate {
  let chosen = CANDIDATES[0] as Candidate;
  for (const c of CANDIDATES) {
    // A month is 28 to 31 days, a year 365 or 366: a unit a little shorter still fits.
    if (c.nominalMs < grainMs * 0.9) break;
    // Hours and minutes only where the story has times: a story of days ticks in days.
    if (!clock && c.nominalMs < DAY_MS) break;
    if (c.nominalMs * pxPerMs >= (short ? c.shortChars : c.chars) * charPx + gapPx) chosen = c;
    else break;
  }
  return chosen;
}
