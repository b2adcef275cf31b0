import type { TimelineEvent } from '../data/schema';
import { sourceLabel, type StoryIndex } from '../timeline/storyIndex';
import { formatEventDate } from '../data/dateFormat';
import { parseDayOrTime, parseMonth } from '../data/dateParse';

/** The CSV's columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'start',
  'end',
  'title',
  'actors',
  'attribution',
  'summary',
  'sources',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, line break or edge space, with
 * quotes doubled. A field a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a
 * leading apostrophe, as OWASP advises for CSV that may come from an untrusted `?data=` story.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF, as RFC 4180 and spreadsheet programs expect. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * First and last day an event's date covers, as YYYY-MM-DD (a month runs to its last day, a
 * year to 31 December), or its minutes as YYYY-MM-DDTHH:MM on the story's clock.
 */
function dayBounds(e: TimelineEvent): [string, string] {
  const d = e.date;
  if (d.precision === 'day' || d.precision === 'time') return [d.date, d.date];
  if (d.precision === 'year') return [`${d.year}-01-01`, `${d.year}-12-31`];
  if (d.precision === 'month') {
    const start = new Date(parseMonth(d.month));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
    return [`${d.month}-01`, end.toISOString().slice(0, 10)];
  }
  return [d.start, d.end];
}

/** One row per event: its date in words and as days, actors and sources by name. */
export function eventsToCsv(index: StoryIndex, events: readonly TimelineEvent[]): string {
  const rows = events.map((e) => {
    const [start, end] = dayBounds(e);
    const sources = [...new Set(e.citations.map((c) => c.source))].map((id) => {
      const s = index.sourceById.get(id);
      if (!s) return id;
      const l = sourceLabel(s);
      return s.title ? `${l.outlet}, “${l.title}”` : l.outlet;
    });
    return [
      e.id,
      formatEventDate(e.date),
      e.date.precision,
      Number.isNaN(parseDayOrTime(start)) ? '' : start,
      Number.isNaN(parseDayOrTime(end)) ? '' : end,
      e.title,
      e.actors.map((a) => index.actorById.get(a)?.name ?? a).join('; '),
      e.attribution,
      e.summary,
      sources.join('; '),
    ];
  });
  return toCsv([[...CSV_COLUMNS], ...rows]);
}
