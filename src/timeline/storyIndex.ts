import type { Actor, ActorGroup, Source, Story, TimelineEvent } from '../data/schema';
import { SHAPES, type Shape } from './shapes';
import { extentAround } from './scales';
import { isTimedSpan } from './warp';
import { t } from '../i18n/catalog';
import { toSpan, type EventSpan } from '../data/dateParse';
import { SlotMap } from './slotMap';
import { rememberSpans } from './eventSpans';
import { rememberSpanRange } from './spanRange';

/** Everything the app looks up about a story, computed once when it loads. */
export interface StoryIndex {
  story: Story;
  /** Events in time order (start, then end, then id), the order of keyboard navigation. */
  events: TimelineEvent[];
  spans: ReadonlyMap<string, EventSpan>;
  eventById: ReadonlyMap<string, TimelineEvent>;
  actorById: Map<string, Actor>;
  groupById: Map<string, ActorGroup>;
  sourceById: Map<string, Source>;
  shapeOf: Map<string, Shape>;
  /** Events each source supports, in time order. */
  eventsBySource: Map<string, string[]>;
  /** Events per actor, for the filter's counts. */
  countByActor: Map<string, number>;
  extent: [number, number];
}

/** Whether `list[i]` is the first of its value; most lists hold one or two, so no Set is made. */
function firstOf<T>(list: readonly T[], i: number): boolean {
  const v = list[i];
  for (let j = 0; j < i; j++) if (list[j] === v) return false;
  return true;
}

/** Whether citation `i` is the event's first from its source. */
function firstSource(citations: readonly { source: string }[], i: number): boolean {
  const v = citations[i]?.source;
  for (let j = 0; j < i; j++) if (citations[j]?.source === v) return false;
  return true;
}

function eventsBySourceOf(events: readonly TimelineEvent[]): Map<string, string[]> {
  const eventsBySource = new Map<string, string[]>();
  for (const e of events) {
    const { citations } = e;
    for (let i = 0; i < citations.length; i++) {
      if (!firstSource(citations, i)) continue;
      const s = (citations[i] as { source: string }).source;
      const list = eventsBySource.get(s);
      if (list) list.push(e.id);
      else eventsBySource.set(s, [e.id]);
    }
  }
  return eventsBySource;
}

function countByActorOf(events: readonly TimelineEvent[]): Map<string, number> {
  const countByActor = new Map<string, number>();
  for (const e of events) {
    const { actors } = e;
    for (let i = 0; i < actors.length; i++) {
      if (!firstOf(actors, i)) continue;
      const a = actors[i] as string;
      countByActor.set(a, (countByActor.get(a) ?? 0) + 1);
    }
  }
  return countByActor;
}

export function indexStory(story: Story): StoryIndex {
  const list = story.events;
  const total = list.length;
  // One map from id to position serves both lookups by id (SlotMap).
  const slots = new Map<string, number>();
  const spanList: EventSpan[] = new Array<EventSpan>(total);
  const starts = new Float64Array(total);
  const ends = new Float64Array(total);
  // Plain loops, no callback or array per event: this runs cold on every event of the story
  // between its last byte and its first mark.
  // The story's range is read in the same pass (storyExtent's, with extentAround).
  let lo = Infinity;
  let hi = -Infinity;
  let timed = false;
  for (let i = 0; i < total; i++) {
    const e = list[i] as TimelineEvent;
    const span = toSpan(e.date);
    slots.set(e.id, i);
    spanList[i] = span;
    starts[i] = span.startMs;
    ends[i] = span.endMs;
    if (span.startMs < lo) lo = span.startMs;
    if (span.endMs > hi) hi = span.endMs;
    timed ||= isTimedSpan(span);
  }
  // Ties on the same dates keep the story's own order. (Sorting packed ranks as doubles, and
  // keeping the events already in order, measured no faster than this on 100,000 events.)
  const order: number[] = [];
  for (let i = 0; i < total; i++) order.push(i);
  order.sort(
    (a, b) =>
      (starts[a] as number) - (starts[b] as number) ||
      (ends[a] as number) - (ends[b] as number) ||
      a - b,
  );
  const events: TimelineEvent[] = new Array<TimelineEvent>(total);
  const eventSpans: EventSpan[] = new Array<EventSpan>(total);
  for (let k = 0; k < total; k++) {
    const i = order[k] as number;
    events[k] = list[i] as TimelineEvent;
    eventSpans[k] = spanList[i] as EventSpan;
  }
  const spans = new SlotMap(slots, spanList);
  // An id given twice looks up its last span: the events' own spans, and their range, are
  // those of the map only without.
  if (slots.size === total) {
    rememberSpans(events, spans, eventSpans);
    rememberSpanRange(spans, { lo, hi, timed });
  }
  const shapeOf = new Map<string, Shape>();
  const perGroup = new Map<string, number>();
  for (const a of story.actors) {
    const n = perGroup.get(a.group) ?? 0;
    perGroup.set(a.group, n + 1);
    shapeOf.set(a.id, SHAPES[n % SHAPES.length] as Shape);
  }
  // Read by a source's card and the actor filter's list, neither drawn with the first mark: a
  // pass over every event's citations and actors waits until one is.
  let bySource: Map<string, string[]> | undefined;
  let byActor: Map<string, number> | undefined;
  return {
    story,
    events,
    spans,
    eventById: new SlotMap(slots, list),
    actorById: new Map(story.actors.map((a) => [a.id, a])),
    groupById: new Map(story.groups.map((g) => [g.id, g])),
    sourceById: new Map(story.sources.map((s) => [s.id, s])),
    shapeOf,
    get eventsBySource() {
      return (bySource ??= eventsBySourceOf(events));
    },
    get countByActor() {
      return (byActor ??= countByActorOf(events));
    },
    extent: extentAround(lo, hi, timed),
  };
}

/** The actor an event is drawn for: its first actor that the filter shows. */
export function primaryActor(e: TimelineEvent, active: ReadonlySet<string> | null): string {
  return (active ? e.actors.find((a) => active.has(a)) : undefined) ?? e.actors[0] ?? '';
}

/** How a source is named on a card when it does not name its outlet or title. */
/**
 * A source as a person would name it when its outlet or title is missing:
 * "An undated document; the outlet is not named", "A document of 24 June 2026 …".
 */
export function sourcePhrase(s: Source, formatDate: (day: string) => string): string {
  const when = s.date ? t('source.ofDate', { date: formatDate(s.date) }) : t('source.undatedDoc');
  if (!s.outlet && !s.title) return t('source.neither', { when });
  if (!s.outlet) return t('source.noOutlet', { when });
  return t('source.noTitle', { when });
}

export function sourceLabel(s: Source): { outlet: string; title: string } {
  return {
    outlet: s.outlet ?? t('source.outletMissing'),
    title: s.title ?? t('source.untitled'),
  };
}
