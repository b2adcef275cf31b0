import { bisectLeft, bisectRight } from 'd3-array';
import { type EventSpan } from '../data/dateParse';
import { spansOfEvents } from './eventSpans';

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
 * `spanBounds` of these events' spans (an event without one is left out), read straight into
 * the arrays: the summary asks for all 100,000 events of a large story as it first draws.
 */
export function eventBounds(
  events: readonly { id: string }[],
  spans: ReadonlyMap<string, EventSpan>,
): SpanBounds {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const list = spansOfEvents(events, spans);
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    if (!s) continue;
    starts[n] = s.startMs;
    ends[n] = s.endMs;
    n++;
  }
  return { starts: starts.subarray(0, n).sort(), ends: ends.subarray(0, n).sort() };
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
