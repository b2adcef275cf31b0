import { dayHint } from './dateChecks';
import type { StoryFile } from './schema';
import { parseDay } from './dateParse';

/** Calendar checks on `published`, `updated` and `corrections`, and their order. */
export function metadataIssues(
  story: StoryFile,
): { path: string; message: string; hint?: string }[] {
  const out: { path: string; message: string; hint?: string }[] = [];
  const day = (path: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const ms = parseDay(value);
    if (Number.isNaN(ms))
      out.push({
        path,
        message: `${value} is not a calendar date`,
        hint: dayHint(value),
      });
    return Number.isNaN(ms) ? undefined : ms;
  };
  const published = day('published', story.published);
  const updated = day('updated', story.updated);
  if (published !== undefined && updated !== undefined && updated < published)
    out.push({
      path: 'updated',
      message: `updated ${story.updated ?? ''} is before published ${story.published ?? ''}`,
      hint: 'a story is updated on or after the day it is published',
    });
  story.corrections?.forEach((c, i) => {
    const ms = day(`corrections[${i}].date`, c.date);
    if (ms === undefined) return;
    if (published !== undefined && ms < published)
      out.push({
        path: `corrections[${i}].date`,
        message: `correction dated ${c.date}, before publication on ${story.published ?? ''}`,
      });
    if (updated !== undefined && ms > updated)
      out.push({
        path: 'updated',
        message: `updated ${story.updated ?? ''} is before the correction of ${c.date}`,
        hint: 'set "updated" to the date of the latest correction',
      });
  });
  return out;
}
