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

/**
 * The events as one JSON list in UTF-8 bytes, to be transferred to a worker rather than copied:
 * posting 25 MB of texts copies them on the page's thread for about as long as encoding them,
 * and a transferred buffer is not copied at all. Made from the kept texts, a batch at a time.
 */
export function encodeEvents(events: readonly TimelineEvent[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts = ['[', ...eventBatches(events).map((b, i) => (i ? ',' : '') + b.join(',')), ']'];
  // Most texts are ASCII, a byte a character; the buffer grows for the others.
  let bytes = new Uint8Array(Math.ceil(parts.reduce((n, p) => n + p.length, 0) * 1.1) + 16);
  let at = 0;
  for (const part of parts)
    for (;;) {
      const { read, written } = encoder.encodeInto(part, bytes.subarray(at));
      if (read === part.length) {
        at += written;
        break;
      }
      const bigger = new Uint8Array(bytes.length * 2 + part.length * 3);
      bigger.set(bytes.subarray(0, at));
      bytes = bigger;
    }
  return bytes.subarray(0, at);
}

export function decodeEvents(bytes: Uint8Array): TimelineEvent[] {
  return JSON.parse(new TextDecoder().decode(bytes)) as TimelineEvent[];
}
