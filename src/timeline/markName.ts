import type { TimelineEvent } from '../data/schema';
import type { StoryIndex } from './storyIndex';
import { formatEventDate, markDate } from '../data/dates';
import { withYearOf } from './markItems';

const cache = new WeakMap<StoryIndex, Map<string, string>>();

/**
 * A mark's accessible name: what the mark shows, in the order it shows it (its date, then its
 * title: WCAG 2.5.3, label in name), then what the date leaves out (the year), who says so,
 * and the actors. Written once per event and story index, since the drawn marks render again
 * as the view moves through zoom levels.
 */
export function markNameOf(index: StoryIndex, e: TimelineEvent): string {
  let names = cache.get(index);
  if (!names) cache.set(index, (names = new Map()));
  let name = names.get(e.id);
  if (name === undefined) {
    const actors = e.actors.map((a) => index.actorById.get(a)?.name ?? a).join(', ');
    const shown = markDate(e.date, withYearOf(index.extent));
    const full = formatEventDate(e.date, true);
    // "10 June" shown, "10 June 2026" in full: the name adds only ", 2026".
    const rest = full.startsWith(shown) ? full.slice(shown.length).trim() : full;
    name = `${shown} ${e.title}${rest ? `, ${rest}` : ''}. ${e.attribution}. ${actors}`;
    names.set(e.id, name);
  }
  return name;
}
