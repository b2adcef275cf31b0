import type { EventSpan } from '../data/dateParse';

type Spans = ReadonlyMap<string, EventSpan>;
type Events = readonly { id: string }[];

/** Per list of events (lists are never changed in place), the spans it was read with. */
const remembered = new WeakMap<
  Events,
  { spans: Spans; list: readonly (EventSpan | undefined)[] }
>();

/**
 * Each event's span, in the events' order (undefined for an event without one): `spans.get(id)`
 * for each, remembered per list of events. The marks' items, the summary's bounds and the
 * overview each read every span of a large story as it first draws, and a lookup by id per
 * event and per reader cost more than what they do with the span; the story index gives its
 * events' spans at once (`rememberSpans`).
 */
export function spansOfEvents(events: Events, spans: Spans): readonly (EventSpan | undefined)[] {
  const hit = remembered.get(events);
  if (hit && hit.spans === spans) return hit.list;
  const list = new Array<EventSpan | undefined>(events.length);
  for (let i = 0; i < events.length; i++) list[i] = spans.get((events[i] as { id: string }).id);
  remembered.set(events, { spans, list });
  return list;
}

/** Records `list` as the spans of `events` read from `spans`, which the caller knows them to be. */
export function rememberSpans(events: Events, spans: Spans, list: readonly EventSpan[]): void {
  remembered.set(events, { spans, list });
}
