import type { Story, TimelineEvent } from '../data/schema';
import { eventText, rememberEventText } from './eventText';

/*
 * A big story crosses between threads as its events' JSON texts, in batches, not as one object:
 * a 25 MB story posted whole is structured-cloned back into objects in one task of seconds on
 * the thread that receives it, where each batch of texts is parsed in a task of milliseconds
 * (and texts, unlike objects, are copied, not walked, when posted). Each event's text is kept
 * with the object parsed from it (`eventText.ts`), so the story is written out again without
 * JSON.stringify.
 */

/** Characters of JSON per batch: parsed in a few milliseconds. */
export const BATCH_CHARS = 200_000;

/** The story without its events, and how many follow in batches. */
export interface StoryHead {
  story: Story;
  count: number;
}

export function storyHead(story: Story): StoryHead {
  return { story: { ...story, events: [] }, count: story.events.length };
}

/** The events' JSON texts, in batches of about `maxChars` characters (at least one event each). */
export function eventBatches(events: readonly TimelineEvent[], maxChars = BATCH_CHARS): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const e of events) {
    const text = eventText(e);
    if (batch.length && chars + text.length > maxChars) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(text);
    chars += text.length;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Parses one batch, keeping each event's text with it. */
export function parseBatch(batch: readonly string[]): TimelineEvent[] {
  return batch.map((text) => {
    const e = JSON.parse(text) as TimelineEvent;
    rememberEventText(e, text);
    return e;
  });
}

/**
 * Puts a story together from its head and its batches as they arrive: `add` returns the whole
 * story with the last batch (at once, from `start`, when it has no events), else null.
 */
export function createStoryJoiner(head: StoryHead): {
  start: () => Story | null;
  add: (batch: readonly string[]) => Story | null;
} {
  const events: TimelineEvent[] = [];
  const whole = () => (events.length >= head.count ? { ...head.story, events } : null);
  return {
    start: whole,
    add: (batch) => {
      for (const e of parseBatch(batch)) events.push(e);
      return whole();
    },
  };
}

/** The story from its head and every batch at once (a worker's job arrives whole). */
export function joinStory(head: StoryHead, batches: readonly (readonly string[])[]): Story {
  return { ...head.story, events: batches.flatMap(parseBatch) };
}
