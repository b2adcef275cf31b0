import type { Story, TimelineEvent } from '../data/schema';
import { startText } from '../data/dateParse';

/*
 * The events list's own edits (order, duplicate, delete with its steps): the forms' other
 * changes are written at their paths (`path.ts`).
 */

/** The day an event's date starts on, for sorting (`''` while it has none). */
export function startOf(e: TimelineEvent): string {
  return startText(e.date);
}

/** Date orders worked out before the events came to this thread (by the worker that read them). */
const known = new WeakMap<readonly TimelineEvent[], readonly number[]>();

/** Says that `order` is `byDate(events)`: sorting 120,000 dates is a task of its own on the page. */
export function rememberOrder(events: readonly TimelineEvent[], order: readonly number[]): void {
  if (order.length === events.length) known.set(events, order);
}

/** The events' places in the list, in date order (undated last, then as listed). */
export function byDate(events: readonly TimelineEvent[]): readonly number[] {
  const remembered = known.get(events);
  if (remembered) return remembered;
  // Keys made once and compared as plain strings (ISO dates sort so): at 5,000 events the
  // table sorts on every keystroke.
  const keys = events.map((e) => startOf(e) || '\uffff');
  const key = (i: number) => keys[i] as string;
  return events
    .map((_, i) => i)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
}

/** A copy of event `i` right after it, with a fresh id. */
export function duplicateEvent(story: Story, i: number, id: string): Story {
  const e = story.events[i];
  if (!e) return story;
  const copy: TimelineEvent = structuredClone({ ...e, id });
  return {
    ...story,
    events: [...story.events.slice(0, i + 1), copy, ...story.events.slice(i + 1)],
  };
}

/** Removes event `i`, and the steps that walk to it. */
export function deleteEvent(story: Story, i: number): Story {
  const e = story.events[i];
  if (!e) return story;
  const rest: Story = { ...story, events: story.events.filter((_, j) => j !== i) };
  if (story.steps) rest.steps = story.steps.filter((s) => s.event !== e.id);
  return rest;
}
