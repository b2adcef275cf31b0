import type { Story, TimelineEvent } from '../data/schema';
import { startText } from '../data/dates';

/*
 * Small immutable edits on a story, each returning a new story: what the editor's forms call
 * through the store's `edit`.
 */

/** Replaces item `i` of a list with `change(item)`. */
export function replaceAt<T>(list: readonly T[], i: number, change: (item: T) => T): T[] {
  return list.map((item, j) => (j === i ? change(item) : item));
}

export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

export function updateEvent(
  story: Story,
  i: number,
  change: (e: TimelineEvent) => TimelineEvent,
): Story {
  return { ...story, events: replaceAt(story.events, i, change) };
}

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
  const rest: Story = { ...story, events: removeAt(story.events, i) };
  if (story.steps) rest.steps = story.steps.filter((s) => s.event !== e.id);
  return rest;
}

/** `""` → null, for a source's optional fields. */
export const orNull = (v: string): string | null => (v === '' ? null : v);

/**
 * `item` with the optional list `key` set to `list`, or without the key when the list is empty:
 * the format leaves optional lists out rather than writing `[]`.
 */
export function withList<T extends object, K extends keyof T & string>(
  item: T,
  key: K,
  list: NonNullable<T[K]> & readonly unknown[],
): T {
  const rest = without(item, key);
  return list.length ? { ...rest, [key]: list } : rest;
}

/** `item` without `key`. */
function without<T extends object>(item: T, key: keyof T & string): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => k !== key)) as T;
}

/** `item` with the optional text `key` set, or without it when `v` is empty. */
export function withText<T extends object>(item: T, key: keyof T & string, v: string): T {
  const rest = without(item, key);
  return v === '' ? rest : { ...rest, [key]: v };
}
