import type { TimelineEvent } from '../data/schema';
import type { StoryIndex } from './storyIndex';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .toLowerCase();

// Folded text per event, built on first search: typing stays fast on large stories.
const haystacks = new WeakMap<TimelineEvent, string>();

/**
 * Events (among `events`, so the filter applies) whose title, summary, actors or quotes
 * contain every word of the query, in time order.
 */
export function searchEvents(
  index: StoryIndex,
  events: readonly TimelineEvent[],
  query: string,
): TimelineEvent[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return events.filter((e) => {
    let text = haystacks.get(e);
    if (text === undefined) {
      text = fold(
        [
          e.title,
          e.summary,
          ...e.actors.map((a) => index.actorById.get(a)?.name ?? a),
          ...e.citations.map((c) => c.quote),
        ].join(' '),
      );
      haystacks.set(e, text);
    }
    return words.every((w) => (text as string).includes(w));
  });
}
