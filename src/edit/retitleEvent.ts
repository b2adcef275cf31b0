import type { Story } from '../data/schema';
import { idFromTitle } from './idFromTitle';
import { freeId } from './blank';

const NUMBERED = /^event-\d+$/;

/**
 * Event `i` with a new title and, while its id is not published (`published`) and was made
 * by the editor (numbered, or from its title as it was), an id made from the new title, so
 * readers' links say what they point to ("letter-to-the-senate", not "event-7"). An id the
 * editor typed, or one readers may already link to, stays. Steps and notes that name the
 * event follow its id.
 */
export function retitleEvent(
  story: Story,
  i: number,
  title: string,
  published: readonly string[],
): Story {
  const e = story.events[i];
  if (!e) return story;
  const others = story.events.filter((_, j) => j !== i);
  const taken = new Set(others.map((o) => o.id));
  const fallback = NUMBERED.test(e.id) ? e.id : freeId('event', others);
  const follows =
    !published.includes(e.id) &&
    (NUMBERED.test(e.id) || e.id === idFromTitle(e.title, taken, fallback));
  const id = follows ? idFromTitle(title, taken, fallback) : e.id;
  const events = story.events.map((x, j) => (j === i ? { ...x, title, id } : x));
  if (id === e.id) return { ...story, events };
  const next: Story = { ...story, events };
  if (story.steps)
    next.steps = story.steps.map((s) => (s.event === e.id ? { ...s, event: id } : s));
  if (story.annotations)
    next.annotations = story.annotations.map((a) =>
      a.events.includes(e.id) ? { ...a, events: a.events.map((x) => (x === e.id ? id : x)) } : a,
    );
  return next;
}
