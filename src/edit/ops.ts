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

/** The events' places in the list, in date order (undated last, then as listed). */
export function byDate(events: readonly TimelineEvent[]): number[] {
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
