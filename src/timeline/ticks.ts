import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormatter } from '../data/dates';
import { t } from '../i18n/catalog';
import { durationLabel } from './breaks';
import type { TimeScale } from './timeScale';
import { DAY_MS } from './warp';

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

/** A shortened stretch as the axis draws it. */
export interface AxisBreak {
  x0: number;
  x1: number;
  label: string;
  /** Wide enough (zoomed into) to carry ticks of its own. */
  open: boolean;
}

interface Candidate {
  name: string;
  interval: TimeInterval;
  nominalMs: number;
  label: (d: Date) => string;
  /** The label when a second row names the larger unit. */
  short: (d: Date) => string;
  major: (d: Date) => boolean;
  /** Widest label in characters, to keep labels apart; `shortChars` for the short label. */
  chars: number;
  shortChars: number;
}

// Intl writes each label in the reader's language and word order ("7 Jul", "7. Juli", "7月7日");
// a d3-time-format locale would bring 3.5 KB to the first view to say the same in English order.
const intl = (opts: Intl.DateTimeFormatOptions) => {
  const get = utcFormatter(opts);
  return (d: Date) => get().format(d);
};
const fmtYear = intl({ year: 'numeric' });
const fmtMonth = intl({ month: 'short' });
const fmtMonthYear = intl({ month: 'short', year: 'numeric' });
const fmtLongMonthYear = intl({ month: 'long', year: 'numeric' });
const fmtDayMonth = intl({ day: 'numeric', month: 'short' });
const fmtDay = intl({ day: 'numeric' });

const isJan = (d: Date) => d.getUTCMonth() === 0;
const isFirst = (d: Date) => d.getUTCDate() === 1;

const everyYears = (n: number): Candidate => ({
  name: n === 1 ? 'years' : `${n} years`,
  interval: utcYear.every(n) ?? utcYear,
  nominalMs: n * 365.25 * DAY_MS,
  label: fmtYear,
  short: fmtYear,
  major: () => true,
  chars: 5,
  shortChars: 5,
});

const monthly = (name: string, n: number): Candidate => ({
  name,
  interval: utcMonth.every(n) ?? utcMonth,
  nominalMs: n * 30.44 * DAY_MS,
  label: (d) => (isJan(d) ? fmtMonthYear(d) : fmtMonth(d)),
  short: fmtMonth,
  major: isJan,
  chars: 8,
  shortChars: 4,
});

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
];

/** A closed break wider than this (zoomed into) shows its own ticks. */
export const OPEN_BREAK_PX = 160;

export interface TickOptions {
  charPx?: number;
  gapPx?: number;
  /** Two rows: the unit, and the larger unit under it (days over months, months over years). */
  twoLevel?: boolean;
}

/** The visible breaks of a scale, in pixels, with the time each skips. */
export function axisBreaks(scale: TimeScale): AxisBreak[] {
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  return scale.warp.breaks
    .filter((b) => b.toMs > d0 && b.fromMs < d1)
    .map((b) => {
      const x0 = scale(b.fromMs);
      const x1 = scale(b.toMs);
      return { x0, x1, label: durationLabel(b.toMs - b.fromMs), open: x1 - x0 >= OPEN_BREAK_PX };
    });
}

/** The visible stretches that carry ticks: everything but closed breaks, split at every break. */
function segmentsOf(scale: TimeScale): [number, number, boolean][] {
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  // Each stretch says whether it starts where a closed break ends.
  const out: [number, number, boolean][] = [];
  let a = d0;
  let afterBreak = false;
  for (const b of scale.warp.breaks) {
    if (b.toMs <= d0 || b.fromMs >= d1) continue;
    if (b.fromMs > a) out.push([a, b.fromMs, afterBreak]);
    const open = scale(b.toMs) - scale(b.fromMs) >= OPEN_BREAK_PX;
    if (open) out.push([Math.max(a, b.fromMs), Math.min(d1, b.toMs), false]);
    a = Math.min(d1, b.toMs);
    afterBreak = !open;
  }
  if (d1 > a) out.push([a, d1, afterBreak]);
  return out;
}

function chooseCandidate(
  pxPerMs: number,
  charPx: number,
  gapPx: number,
  short: boolean,
): Candidate {
  let chosen = CANDIDATES[0] as Candidate;
  for (const c of CANDIDATES) {
    if (c.nominalMs * pxPerMs >= (short ? c.shortChars : c.chars) * charPx + gapPx) chosen = c;
    else break;
  }
  return chosen;
}

/** Blanks labels that would touch the one before or a blocked box; grid lines stay. */
function spaceLabels(ticks: Tick[], charPx: number, blocked: [number, number][]): void {
  let end = -Infinity;
  for (const t of ticks) {
    if (!t.label) continue;
    const x0 = t.x + 4;
    const x1 = x0 + t.label.length * charPx;
    if (x0 < end + 6 || blocked.some(([a, b]) => x1 > a - 8 && x0 < b + 2)) t.label = '';
    else end = x1;
  }
}

/**
 * Ticks for the visible domain whose labels never overlap: in each stretch between breaks, the
 * finest unit (years → months → weeks → days) that leaves each label its width plus a gap.
 */
export function getTicks(
  scale: TimeScale,
  opts: TickOptions = {},
): { unit: string; ticks: Tick[] } {
  const { charPx = 7.5, gapPx = 16, twoLevel = false } = opts;
  if (scale.warp.kind === 'sequence') return sequenceTicks(scale, charPx, twoLevel);
  const segments = segmentsOf(scale);
  let unit: Candidate | null = null;
  let widest = -1;
  const ticks: Tick[] = [];
  for (const [a, b, afterBreak] of segments) {
    const px = scale(b) - scale(a);
    if (!(b > a) || px <= 0) continue;
    const c = chooseCandidate(px / (b - a), charPx, gapPx, twoLevel);
    if (px > widest) [unit, widest] = [c, px];
    const dates = c.interval.range(c.interval.ceil(new Date(a)), new Date(b));
    const firstX = dates[0] ? scale(dates[0]) : Infinity;
    if (afterBreak && firstX - scale(a) > 8 * charPx + gapPx)
      ticks.push({
        ms: a,
        x: scale(a),
        label: c.nominalMs >= 365 * DAY_MS ? fmtMonthYear(new Date(a)) : fmtDayMonth(new Date(a)),
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
  // The first tick names its month/year when the unit alone would not say it.
  if (!twoLevel && first && !first.major) {
    if (fine) first.label = fmtDayMonth(new Date(first.ms));
    if (monthsUnit) first.label = fmtMonthYear(new Date(first.ms));
  }
  const blocked = axisBreaks(scale)
    .filter((b) => !b.open)
    .map((b): [number, number] => {
      const mid = (b.x0 + b.x1) / 2;
      const half = (b.label.length * charPx * 0.85) / 2;
      return [mid - half, mid + half];
    });
  spaceLabels(ticks, charPx, blocked);
  if (twoLevel && (fine || monthsUnit)) ticks.push(...upperRow(scale, fine, charPx));
  return { unit: unit.name, ticks };
}

/** Months under days (or years under months): at each boundary, and at the left edge. */
function upperRow(scale: TimeScale, months: boolean, charPx: number): Tick[] {
  const [d0 = new Date(0), d1 = new Date(0)] = scale.domain();
  const interval = months ? utcMonth : utcYear;
  const fmt = months ? fmtLongMonthYear : fmtYear;
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

/** In a sequence, a tick at every distinct date in view, the year under them. */
function sequenceTicks(
  scale: TimeScale,
  charPx: number,
  twoLevel: boolean,
): { unit: string; ticks: Tick[] } {
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  const { ms: stops, exact } = scale.warp;
  const ticks: Tick[] = [];
  stops.forEach((ms, i) => {
    // A best guess (the middle of "about June") gets a grid line but no date of its own.
    if (ms >= d0 && ms <= d1)
      ticks.push({
        ms,
        x: scale(ms),
        label: exact?.[i] ? fmtDayMonth(new Date(ms)) : '',
        major: false,
        level: 0,
      });
  });
  spaceLabels(ticks, charPx, []);
  if (twoLevel) ticks.push(...upperRow(scale, false, charPx));
  return { unit: 'sequence', ticks };
}

/** In a sequence, the time between neighbouring dates, centred between them where it fits. */
export function sequenceGaps(
  scale: TimeScale,
  charPx = 6.5,
): { x0: number; x1: number; label: string }[] {
  if (scale.warp.kind !== 'sequence') return [];
  const [d0 = 0, d1 = 0] = scale.domain().map(Number);
  const { ms, exact } = scale.warp;
  const out: { x0: number; x1: number; label: string }[] = [];
  for (let i = 1; i < ms.length; i++) {
    const a = ms[i - 1] as number;
    const b = ms[i] as number;
    if (b < d0 || a > d1) continue;
    const sure = exact?.[i - 1] && exact[i];
    const duration = durationLabel(b - a);
    const label = sure ? duration : t('timeline.about', { duration });
    const x0 = scale(a);
    const x1 = scale(b);
    if (x1 - x0 >= label.length * charPx + 16) out.push({ x0, x1, label });
  }
  return out;
}
