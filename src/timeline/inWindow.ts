import { bisectLeft, bisectRight } from 'd3-array';
import { type EventSpan } from '../data/dateParse';

/** Event starts and ends, each sorted on its own: enough to count events in any window. */
export interface SpanBounds {
  starts: Float64Array;
  ends: Float64Array;
}

export function spanBounds(spans: readonly EventSpan[]): SpanBounds {
  const starts = Float64Array.from(spans, (s) => s.startMs).sort();
  const ends = Float64Array.from(spans, (s) => s.endMs).sort();
  return { starts, ends };
}

/**
 * How many spans touch [from, to], in two binary searches instead of a pass over every event
 * (the summary recounts while the reader zooms through 100,000 events). A span that ends
 * before `from` also starts before `to`, so it is among the starts counted and is taken off.
 */
export function countInWindow({ starts, ends }: SpanBounds, from: number, to: number): number {
  if (to < from) return 0;
  return bisectRight(starts, to) - bisectLeft(ends, from);
}
