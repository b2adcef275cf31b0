import type { TimelineEvent } from '../data/schema';
import type { StoryIndex } from './storyIndex';
import { withYearOf } from './markItems';
import { activeLang, formatList, t } from '../i18n/catalog';
import { formatEventDate, markDate } from '../data/dateFormat';

const cache = new WeakMap<StoryIndex, Map<string, string>>();

/**
 * A mark's accessible name: what the mark shows, in the order it shows it (its date, then its
 * title: WCAG 2.5.3, label in name), then what the date leaves out (the year), who says so,
 * and the actors. The frame (order, stops, the list of actors) is the reader's language's, from
 * the catalog; the title and attribution are the story's words, in its language where it has
 * none in the reader's (a name is one string: the visible title carries its `lang`). Written
 * once per event, story index and language, since the drawn marks render again as the view
 * moves through zoom levels.
 */
export function markNameOf(index: StoryIndex, e: TimelineEvent): string {
  let names = cache.get(index);
  if (!names) cache.set(index, (names = new Map()));
  const key = `${activeLang()} ${e.id}`;
  let name = names.get(key);
  if (name === undefined) {
    const actors = formatList(e.actors.map((a) => index.actorById.get(a)?.name ?? a));
    const shown = markDate(e.date, withYearOf(index.extent));
    const full = formatEventDate(e.date, true);
    // "10 June" shown, "10 June 2026" in full: the name adds only ", 2026".
    const rest = full.startsWith(shown) ? full.slice(shown.length).trim() : full;
    name = t('mark.name', {
      date: shown,
      title: e.title,
      rest: rest ? t('mark.rest', { rest }) : '',
      attribution: e.attribution,
      actors,
    });
    names.set(key, name);
  }
  return name;
}
