import { type EventSpan } from '../data/dateParse';
import { isTimedSpan } from './warp';

/** Where a story's spans reach: the earliest start, the latest end, and whether any is timed. */
export interface SpanRange {
  lo: number;
  hi: number;
  /** Whether any span is written to the minute (isTimedSpan). */
  timed: boolean;
}

const ranges = new WeakMap<ReadonlyMap<string, EventSpan>, SpanRange>();

/** The range of `spans`, read in one pass. (Infinity and -Infinity where there is no span.) */
export function rangeOf(
  spans: Iterable<{ startMs: number; endMs: number; precision?: string }>,
): SpanRange {
  let lo = Infinity;
  let hi = -Infinity;
  let timed = false;
  for (const s of spans) {
    if (s.startMs < lo) lo = s.startMs;
    if (s.endMs > hi) hi = s.endMs;
    timed ||= isTimedSpan(s);
  }
  return { lo, hi, timed };
}

/**
 * The range of a story's spans, once per story: the base scale at each width and the summary's
 * words ask for it, and each asking was a pass over every span of a 100,000-event story on the
 * way to its first mark. The story index, which reads every span, gives it at once
 * (`rememberSpanRange`).
 */
export function spanRangeOf(spans: ReadonlyMap<string, EventSpan>): SpanRange {
  let range = ranges.get(spans);
  if (!range) {
    range = rangeOf(spans.values());
    ranges.set(spans, range);
  }
  return range;
}

/** Records `range` as that of `spans`, which the caller has read in a pass of its own. */
export function rememberSpanRange(spans: ReadonlyMap<string, EventSpan>, range: SpanRange): void {
  ranges.set(spans, range);
}
