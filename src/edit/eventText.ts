import type { Story, TimelineEvent } from '../data/schema';

/*
 * Each event's JSON, kept as long as the event itself: the editor's edits copy only what they
 * change, so after a keystroke every event but one is the object it was, and a 5 MB story is
 * written out (to the drafts database, to a worker) by joining texts already made, not by
 * JSON.stringify of the whole story, which takes longer than a keystroke may at 5,000 events.
 */
const texts = new WeakMap<TimelineEvent, string>();

/** `event`'s JSON, made once per event object. */
export function eventText(event: TimelineEvent): string {
  let text = texts.get(event);
  if (text === undefined) {
    text = JSON.stringify(event);
    texts.set(event, text);
  }
  return text;
}

/** Says that `text` is `event`'s JSON (it was parsed from it), so it is not made again. */
export function rememberEventText(event: TimelineEvent, text: string): void {
  texts.set(event, text);
}

/**
 * `value`'s JSON with the keys of `raw` written as the JSON texts given there (already made),
 * in place of the values `value` holds under them.
 */
export function jsonWith(value: object, raw: Record<string, string>): string {
  const rest = Object.fromEntries(Object.entries(value).filter(([k]) => !(k in raw)));
  const parts = Object.entries(raw).map(([k, text]) => `${JSON.stringify(k)}:${text}`);
  const head = JSON.stringify(rest);
  if (!parts.length) return head;
  return head === '{}' ? `{${parts.join(',')}}` : `${head.slice(0, -1)},${parts.join(',')}}`;
}

/** The story's JSON, its events' texts joined from `eventText`: the same value as JSON.stringify. */
export function storyText(story: Story): string {
  return jsonWith(story, { events: `[${story.events.map(eventText).join(',')}]` });
}
