import type { EventDate, Story, TimelineEvent } from '../data/schema';
import { MONTH_PATTERN, YEAR_PATTERN } from '../data/patterns';
import { blankEvent, freeId } from './blank';
import { idFromTitle } from './idFromTitle';

/**
 * A date as typed in the quick-add row: `2026-03` is a month, `2026` a year, anything else a
 * day (checked at its field as any day is, so "2026-02-30" is flagged there, in the validator's
 * words).
 */
export function quickDate(text: string): EventDate {
  const t = text.trim();
  if (YEAR_PATTERN.test(t)) return { precision: 'year', year: t };
  if (MONTH_PATTERN.test(t)) return { precision: 'month', month: t };
  return { precision: 'day', date: t };
}

/** A new event from the quick-add row: its id made from its title, its quote from the first source. */
export function quickEvent(
  story: Story,
  fields: { date: string; title: string; quote: string },
): TimelineEvent {
  const taken = new Set(story.events.map((e) => e.id));
  const id = idFromTitle(fields.title, taken, freeId('event', story.events));
  const e = blankEvent(id, story);
  const [first, ...rest] = e.citations;
  return {
    ...e,
    title: fields.title.trim(),
    date: quickDate(fields.date),
    citations: first ? [{ ...first, quote: fields.quote.trim() }, ...rest] : e.citations,
  };
}
