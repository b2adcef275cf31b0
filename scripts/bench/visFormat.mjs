// Our story as vis-timeline data: groups and items, for the vis-timeline host page
// (bench/hosts/vis.js).
import { dayOf, spanOf } from './dates.mjs';

/** vis-timeline groups: one per actor group, in story order. */
export function toVisGroups(story) {
  return story.groups.map((g) => ({ id: g.id, content: g.label, style: `color: ${g.color}` }));
}

/**
 * vis-timeline items: a day is a box at its date; month, range and approximate dates are
 * ranges whose end is exclusive (like our app's spans). Grouped by the first actor's group.
 */
export function toVisItems(story) {
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group]));
  return story.events.map((e) => {
    const item = { id: e.id, content: e.title, group: groupOf.get(e.actors[0]) };
    if (e.date.precision === 'day') item.start = e.date.date;
    else {
      const [s, end] = spanOf(e.date);
      item.start = dayOf(s);
      item.end = dayOf(end);
    }
    return item;
  });
}
