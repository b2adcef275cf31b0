import type { EventSpan } from '../data/dates';

/** The one mark's x: a day at its middle, a span at its start, an uncertain date at its middle. */
export function anchorOf(span: EventSpan, xOf: (ms: number) => number): number {
  return span.precision === 'range' ? xOf(span.startMs) : xOf((span.startMs + span.endMs) / 2);
}
