import { t } from '../i18n/catalog';
import type { ScaleKind, TimeBreak } from './warp';
import { type EventSpan } from '../data/dateParse';

/** Where events sit on the axis: a range covers its days, any other event its best date. */
export interface Anchors {
  /** Merged, sorted, disjoint intervals [from, to] (a point has from === to). */
  from: number[];
  to: number[];
  /** Each event's best date, sorted. */
  points: number[];
  /** Best dates of events known to the day (a day, or a range's first day). */
  exact: Set<number>;
  /** Best dates written to the minute (a time, or a range's timed start). */
  timed: Set<number>;
}

const cache = new WeakMap<object, Anchors>();
const DAY = 86_400_000;

/** The best date of a span: a range's start, else its middle (where its mark is drawn). */
export function bestDateOf(span: EventSpan): number {
  // A time is its minute's start, so a sequence names it as written ("10:42", not 10:42:30).
  return span.precision === 'range' || span.precision === 'time'
    ? span.startMs
    : (span.startMs + span.endMs) / 2;
}

export function anchorsOf(spans: ReadonlyMap<string, EventSpan>): Anchors {
  const hit = cache.get(spans);
  if (hit) return hit;
  // Where each event sits on the axis: a range's days, else its best date, as two arrays.
  const n = spans.size;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  let k = 0;
  let plain = true;
  for (const s of spans.values()) {
    const a = s.precision === 'range' ? s.startMs : bestDateOf(s);
    const b = s.precision === 'range' ? s.endMs : a;
    lo[k] = a;
    hi[k++] = b;
    // Not NaN (an impossible date) nor a range that ends before it starts.
    plain &&= a <= b;
  }
  // The best dates and their sets are read only by the sequence scale: made when first read.
  let slow: Anchors | undefined;
  const all = () => (slow ??= anchorsBySorting(spans));
  // Only a story on its way to being refused has a date the sweep would answer for otherwise.
  const [from, to] = plain ? merged(lo, hi) : [all().from, all().to];
  const anchors: Anchors = {
    from,
    to,
    get points() {
      return all().points;
    },
    get exact() {
      return all().exact;
    },
    get timed() {
      return all().timed;
    },
  };
  cache.set(spans, anchors);
  return anchors;
}

/**
 * The union of the intervals [lo[i], hi[i]] as disjoint intervals in order, touching ones
 * joined: a sweep over their starts and their ends, each sorted on its own (as doubles, with no
 * comparator and no pair per interval), counting the intervals open. Where the count falls to
 * zero before the next start, an interval of the union ends.
 */
function merged(lo: Float64Array, hi: Float64Array): [number[], number[]] {
  const starts = lo.sort();
  const ends = hi.sort();
  const n = starts.length;
  const from: number[] = [];
  const to: number[] = [];
  let open = 0;
  let i = 0;
  let j = 0;
  while (j < n) {
    // A start at an end's very moment comes first: touching intervals are one.
    if (i < n && (starts[i] as number) <= (ends[j] as number)) {
      if (open++ === 0) from.push(starts[i] as number);
      i++;
    } else {
      if (--open === 0) to.push(ends[j] as number);
      j++;
    }
  }
  return [from, to];
}

/** The anchors as an interval per event, sorted with a comparator and merged, and the rest. */
function anchorsBySorting(spans: ReadonlyMap<string, EventSpan>): Anchors {
  const ivs: [number, number][] = [];
  const points: number[] = [];
  const exact = new Set<number>();
  const timed = new Set<number>();
  for (const s of spans.values()) {
    const best = bestDateOf(s);
    points.push(best);
    if (s.precision === 'day' || s.precision === 'time' || s.precision === 'range') exact.add(best);
    if (s.precision === 'time' || (s.precision === 'range' && s.startMs % DAY !== 0))
      timed.add(best);
    ivs.push(s.precision === 'range' ? [s.startMs, s.endMs] : [best, best]);
  }
  points.sort((a, b) => a - b);
  ivs.sort((a, b) => a[0] - b[0]);
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of ivs) {
    const last = to.length - 1;
    if (last >= 0 && a <= (to[last] as number)) to[last] = Math.max(to[last] as number, b);
    else {
      from.push(a);
      to.push(b);
    }
  }
  return { from, to, points, exact, timed };
}

export interface BreakOptions {
  /** A stretch is a candidate when at least this share of the anchors' span. */
  minGapRatio?: number;
  /** At most this many breaks. */
  maxBreaks?: number;
  /** Nor shorter than this: a few quiet days are not worth a break. */
  minGapMs?: number;
  /** Each side of a gap keeps this share of it as true time, so marks stay clear of the break. */
  padRatio?: number;
}

/**
 * Stretches to shorten: the longest gaps between anchors (never across an event's best date or
 * a range), each trimmed at both ends, in time order.
 */
export function chooseBreaks(a: Anchors, opts: BreakOptions = {}): TimeBreak[] {
  const { minGapRatio = 0.1, maxBreaks = 8, padRatio = 0.08, minGapMs = 14 * 86_400_000 } = opts;
  const n = a.from.length;
  if (n < 2 || maxBreaks < 1) return [];
  const span = (a.to[n - 1] as number) - (a.from[0] as number);
  const gaps: TimeBreak[] = [];
  for (let i = 1; i < n; i++) {
    const fromMs = a.to[i - 1] as number;
    const toMs = a.from[i] as number;
    if (toMs - fromMs >= Math.max(span * minGapRatio, minGapMs)) gaps.push({ fromMs, toMs });
  }
  return gaps
    .sort((x, y) => y.toMs - y.fromMs - (x.toMs - x.fromMs))
    .slice(0, maxBreaks)
    .map((g) => {
      const pad = (g.toMs - g.fromMs) * padRatio;
      return { fromMs: g.fromMs + pad, toMs: g.toMs - pad };
    })
    .sort((x, y) => x.fromMs - y.fromMs);
}

/**
 * The share of a linear axis over [lo, hi] that is empty: its ends beyond the first and last
 * anchor, and the gaps between anchors of at least `minGapRatio` of the anchors' span.
 */
export function emptyShare(a: Anchors, lo: number, hi: number, minGapRatio = 0.05): number {
  const n = a.from.length;
  if (n === 0 || hi <= lo) return 0;
  const first = a.from[0] as number;
  const last = a.to[n - 1] as number;
  let empty = Math.max(0, first - lo) + Math.max(0, hi - last);
  for (let i = 1; i < n; i++) {
    const gap = (a.from[i] as number) - (a.to[i - 1] as number);
    if (gap >= (last - first) * minGapRatio) empty += gap;
  }
  return empty / (hi - lo);
}

/** The scale a story opens in when it names none: shortened gaps when a linear axis is mostly empty. */
export function autoScaleKind(a: Anchors, lo: number, hi: number): ScaleKind {
  return chooseBreaks(a).length > 0 && emptyShare(a, lo, hi) > 0.4 ? 'breaks' : 'linear';
}

/** "20 minutes", "5 hours", "3 days", "6 weeks", "2 months", "12 years": the time a break or a gap skips. */
export function durationLabel(ms: number): string {
  const days = ms / 86_400_000;
  if (ms < 50 * 60_000) return t('duration.minute', { n: Math.max(1, Math.round(ms / 60_000)) });
  if (days < 1.5) return t('duration.hour', { n: Math.max(1, Math.round(days * 24)) });
  if (days < 14) return t('duration.day', { n: Math.round(days) });
  if (days < 7 * 8) return t('duration.week', { n: Math.round(days / 7) });
  if (days < 365 * 2) return t('duration.month', { n: Math.round(days / 30.44) });
  return t('duration.year', { n: Math.round(days / 365.25) });
}
