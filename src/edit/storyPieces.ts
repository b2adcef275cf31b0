import type { Story, TimelineEvent } from '../data/schema';
import { eventText, rememberEventText } from './eventText';
import { rememberOrder } from './ops';

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
 * story with the last batch (at once, from `start`, when it has no events), else null. `order`
 * is the events' date order when the sender worked it out (`byDate`), kept with them.
 */
export function createStoryJoiner(
  head: StoryHead,
  order?: readonly number[],
): {
  start: () => Story | null;
  add: (batch: readonly string[]) => Story | null;
} {
  const events: TimelineEvent[] = [];
  const whole = () => {
    if (events.length < head.count) return null;
    if (order) rememberOrder(events, order);
    return { ...head.story, events };
  };
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
 * Writes the events as one JSON list in UTF-8 bytes, a batch of `maxChars` characters of texts
 * at a time, pausing (`yield`) after each: 25 MB made in one go was a task of 0.3–0.7 s on a
 * loaded 2-core machine. The texts are the kept ones (`eventText.ts`).
 */
function* encoding(
  events: readonly TimelineEvent[],
  maxChars = BATCH_CHARS,
): Generator<void, Uint8Array, void> {
  const encoder = new TextEncoder();
  // Most texts are ASCII, a byte a character; the buffer grows for the others and the rest.
  let bytes = new Uint8Array(1 << 16);
  let at = 0;
  const put = (part: string) => {
    for (;;) {
      const { read, written } = encoder.encodeInto(part, bytes.subarray(at));
      if (read === part.length) {
        at += written;
        return;
      }
      const bigger = new Uint8Array(bytes.length * 2 + part.length * 3);
      bigger.set(bytes.subarray(0, at));
      bytes = bigger;
    }
  };
  let batch: string[] = [];
  let chars = 0;
  let first = true;
  const flush = () => {
    put((first ? '[' : ',') + batch.join(','));
    first = false;
    batch = [];
    chars = 0;
  };
  for (const e of events) {
    const text = eventText(e);
    batch.push(text);
    chars += text.length;
    if (chars >= maxChars) {
      flush();
      yield;
    }
  }
  if (batch.length || first) flush();
  put(']');
  return bytes.subarray(0, at);
}

/**
 * The events as one JSON list in UTF-8 bytes, to be transferred to a worker rather than copied:
 * posting 25 MB of texts copies them on the page's thread for about as long as encoding them,
 * and a transferred buffer is not copied at all. Made from the kept texts, a batch at a time.
 */
export function encodeEvents(events: readonly TimelineEvent[], maxChars?: number): Uint8Array {
  const steps = encoding(events, maxChars);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Time on the page's thread between pauses: well within a frame. */
const STEP_MS = 8;

/**
 * `encodeEvents`, in steps of a few milliseconds each with a pause between them (`pause`, a
 * task by default), so the page answers input while a big story is written for a worker.
 */
export async function encodeEventsInSteps(
  events: readonly TimelineEvent[],
  pause: () => Promise<void> = () => new Promise((next) => setTimeout(next, 0)),
  maxChars = BATCH_CHARS / 4,
): Promise<Uint8Array> {
  const steps = encoding(events, maxChars);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > STEP_MS) {
      await pause();
      since = performance.now();
    }
  }
}

export function decodeEvents(bytes: Uint8Array): TimelineEvent[] {
  return JSON.parse(new TextDecoder().decode(bytes)) as TimelineEvent[];
}
