import type { Story, TimelineEvent } from '../data/schema';
import { startText } from '../data/dates';

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
  const order = events.map((_, i) => i);
  const key = (i: number) => startOf(events[i] as TimelineEvent) || '\uffff';
  return order.sort((a, b) => key(a).localeCompare(key(b)) || a - b);
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
