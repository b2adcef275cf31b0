import type { Story } from '../data/schema';
import type { TextSlot } from '../data/textSlots';
import { words } from './words';

const TOP: Record<string, string> = {
  title: words.story.title,
  dek: words.story.dek,
  credit: words.story.credit,
};
const LISTS = words.translations.lists;

/** An item's own name, so "Event 3" also says which: the title or name it has now. */
function nameOf(story: Story, list: string, i: number): string {
  if (list === 'events') return story.events[i]?.title ?? '';
  if (list === 'actors') return story.actors[i]?.name ?? '';
  if (list === 'groups') return story.groups[i]?.label ?? '';
  return '';
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * A person's name for a text's place: "Event 3 (Letter to the Senate): summary",
 * "Actor 2 (Anthropic): name", "Headline".
 */
export function slotLabel(story: Story, slot: TextSlot): string {
  const [head, index, ...rest] = slot.path;
  if (typeof head !== 'string') return slot.at;
  if (index === undefined) return TOP[head] ?? head;
  if (typeof index !== 'number') return slot.at;
  const name = short(nameOf(story, head, index));
  const where = `${LISTS[head] ?? head} ${index + 1}${name ? ` (${name})` : ''}`;
  const field = rest.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join(' ');
  return field ? `${where}: ${field}` : where;
}
