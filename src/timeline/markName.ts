import type { TimelineEvent } from '../data/schema';
import type { StoryIndex } from './storyIndex';
import { formatEventDate } from '../data/dates';

const cache = new WeakMap<StoryIndex, Map<string, string>>();

/**
 * A mark's accessible name: title, date, who says so, actors. Written once per event and story
 * index, since the drawn marks render again as the view moves through zoom levels.
 */
export function markNameOf(index: StoryIndex, e: TimelineEvent): string {
  let names = cache.get(index);
  if (!names) cache.set(index, (names = new Map()));
  let name = names.get(e.id);
  if (name === undefined) {
    const actors = e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ');
    name = `${e.title}, ${formatEventDate(e.date, true)}. ${e.attribution}. ${actors}`;
    names.set(e.id, name);
  }
  return name;
}
