import type { EventDate } from './schema';
import { activeLang, t } from '../i18n/catalog';
import { DAY_MS, nextMonth, parseDay, parseMonth } from './dateParse';
import { utcFormatter } from './utcFormatter';

const dayFmt = utcFormatter({ day: 'numeric', month: 'long', year: 'numeric' });
const dayNoYearFmt = utcFormatter({ day: 'numeric', month: 'long' });
const monthFmt = utcFormatter({ month: 'long', year: 'numeric' });
const monthNoYearFmt = utcFormatter({ month: 'long' });

const THIN = /[\u2009\u202f]/g;

/** Intl throws on an invalid time; a date that failed validation is written as nothing. */
const write = (f: Intl.DateTimeFormat, ms: number) => (Number.isFinite(ms) ? f.format(ms) : '');

/** "10 June 2026", "10. Juni 2026", "2026年6月10日" */
export const formatDay = (ms: number): string => write(dayFmt(), ms);

/** "June 2026" */
export const formatMonth = (ms: number): string => write(monthFmt(), ms);

/**
 * A span of days as the language writes it, the repeated year (and month) dropped:
 * "22 April – 5 June 2026", "12.–24. Juni 2026". `spoken` puts the language's word for "to" in
 * place of the dash, for screen readers ("22 April to 5 June 2026").
 */
export function formatDayRange(
  startMs: number,
  endMs: number,
  spoken = false,
  withYear = true,
): string {
  const f = (withYear ? dayFmt : dayNoYearFmt)();
  if (!(endMs > startMs)) return write(f, startMs);
  const lang = activeLang();
  if (lang === 'zh' || lang === 'ja') return cjkRange(startMs, endMs, spoken, withYear);
  // ICU sets the dash between thin spaces; plain ones are what the label widths are measured in.
  if (!spoken) return f.formatRange(startMs, endMs).replace(THIN, ' ');
  const to = t('date.to');
  return f
    .formatRangeToParts(startMs, endMs)
    .map((p) =>
      p.type === 'literal' && p.source === 'shared' && /[–~～-]/.test(p.value) ? to : p.value,
    )
    .join('')
    .replace(THIN, ' ');
}

const dayOnlyFmt = utcFormatter({ day: 'numeric' });
/**
 * ICU has no range pattern for Chinese and Japanese written dates and falls back to
 * "2026/04/22～2026/06/05": the end drops what it shares with the start, as they are written
 * ("2026年4月22日～6月5日", "6月12日～24日").
 */
function cjkRange(startMs: number, endMs: number, spoken: boolean, withYear: boolean): string {
  const a = new Date(startMs);
  const b = new Date(endMs);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const start = write((withYear ? dayFmt : dayNoYearFmt)(), startMs);
  const end = write(
    (sameMonth ? dayOnlyFmt : sameYear || !withYear ? dayNoYearFmt : dayFmt)(),
    endMs,
  );
  const sep = spoken ? t('date.to') : activeLang() === 'ja' ? '～' : ' – ';
  return `${start}${sep}${end}`;
}

function isWholeMonth(startMs: number, lastDayMs: number): boolean {
  const a = new Date(startMs);
  return (
    a.getUTCDate() === 1 &&
    nextMonth(startMs) === lastDayMs + DAY_MS &&
    a.getUTCMonth() === new Date(lastDayMs).getUTCMonth()
  );
}

/**
 * The date as a reader should see it, with its precision in the words:
 * "10 June 2026", "June 2026", "22 April – 5 June 2026", "about April 2026".
 * Pass `spoken` for screen readers ("22 April to 5 June 2026").
 */
export function formatEventDate(date: EventDate, spoken = false): string {
  // A label says what the basis says ("February 2026 (year assumed)"): it wins at any precision.
  if (date.label) return date.label;
  switch (date.precision) {
    case 'day':
      return formatDay(parseDay(date.date));
    case 'month':
      return formatMonth(parseMonth(date.month));
    case 'range': {
      const range = formatDayRange(parseDay(date.start), parseDay(date.end), spoken);
      // Spoken, a range takes its language's frame: "du 22 avril au 5 juin", "から…まで".
      return spoken ? t('date.spokenRange', { range }) : range;
    }
    case 'approximate': {
      const s = parseDay(date.start);
      const e = parseDay(date.end);
      const text = isWholeMonth(s, e) ? formatMonth(s) : formatDayRange(s, e, spoken);
      return t('date.about', { date: text });
    }
  }
}

/** A short phrase for the precision: "known to the day", "approximate". */
export const precisionNote = (p: EventDate['precision']): string => t(`date.${p}`);

/**
 * The quiet date line under a mark's title, without the year unless asked:
 * "10 June", "February", "22 April – 5 June", "about June", "about 12–24 June", and an
 * approximate single day's label ("reported on or after 24 June").
 */
export function markDate(date: EventDate, withYear = false): string {
  const day = withYear ? dayFmt : dayNoYearFmt;
  const range = (s: number, e: number) => formatDayRange(s, e, false, withYear);
  switch (date.precision) {
    case 'day': {
      const d = parseDay(date.date);
      return write(day(), d);
    }
    case 'month': {
      const m = parseMonth(date.month);
      return write((withYear ? monthFmt : monthNoYearFmt)(), m);
    }
    case 'range':
      return range(parseDay(date.start), parseDay(date.end));
    case 'approximate': {
      const s = parseDay(date.start);
      const e = parseDay(date.end);
      // A one-day window reads as a date the documents give ("about 24 June"); its label says
      // what that day is ("reported on or after 24 June"), without the year unless asked. Wider
      // windows keep the short form, which says the window as it is.
      if (date.label && s === e)
        return withYear ? date.label : date.label.replace(` ${new Date(s).getUTCFullYear()}`, '');
      const text = isWholeMonth(s, e)
        ? write((withYear ? monthFmt : monthNoYearFmt)(), s)
        : range(s, e);
      return t('date.about', { date: text });
    }
  }
}
