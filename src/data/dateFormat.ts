import type { EventDate } from './schema';
import { activeLang, t } from '../i18n/catalog';
import { intlLocale, isCjk } from '../i18n/languages';
import {
  DAY_MS,
  hasTime,
  nextMonth,
  parseDay,
  parseDayOrTime,
  parseDayTime,
  parseMonth,
  parseYear,
} from './dateParse';
import { utcFormatter } from './utcFormatter';
import { zoneName } from './timeZone';

const dayFmt = utcFormatter({ day: 'numeric', month: 'long', year: 'numeric' });
const dayNoYearFmt = utcFormatter({ day: 'numeric', month: 'long' });
const monthFmt = utcFormatter({ month: 'long', year: 'numeric' });
const monthNoYearFmt = utcFormatter({ month: 'long' });
const yearFmt = utcFormatter({ year: 'numeric' });
// The reader's language's clock: Intl picks 24 or 12 hours ("10:42", "10:42 am").
const clock = { hour: 'numeric', minute: '2-digit' } as const;
const timeFmt = utcFormatter(clock);
const dayTimeFmt = utcFormatter({ day: 'numeric', month: 'long', year: 'numeric', ...clock });
const dayTimeNoYearFmt = utcFormatter({ day: 'numeric', month: 'long', ...clock });

const THIN = /[\u2009\u202f]/g;

/** Intl throws on an invalid time; a date that failed validation is written as nothing. */
const write = (f: Intl.DateTimeFormat, ms: number) => (Number.isFinite(ms) ? f.format(ms) : '');

/** "10 June 2026", "10. Juni 2026", "2026年6月10日" */
export const formatDay = (ms: number): string => write(dayFmt(), ms);

/** "1951" */
export const formatYear = (ms: number): string => write(yearFmt(), ms);

/** The story clock's name at a wall-clock time, in the reader's language: "CET", "MEZ", "UTC". */
export const clockName = (ms: number, zone = 'UTC'): string =>
  zoneName(ms, zone, intlLocale(activeLang()));

/**
 * A wall-clock time on the story's clock, named: "10:42 CET" (or "10:42 am CET" where the
 * language counts 12 hours); with its day unless `withDay` is false ("14 March 2025 at 10:42 CET").
 */
export function formatTime(ms: number, zone = 'UTC', withDay = true, withYear = true): string {
  const f = withDay ? (withYear ? dayTimeFmt : dayTimeNoYearFmt) : timeFmt;
  const text = write(f(), ms);
  return text && `${text} ${clockName(ms, zone)}`;
}

/**
 * A span whose ends may have times, on the story's clock. Two times on one day share the day
 * and the clock's name: "14 March 2025, 10:42 – 12:00 CET"; a day's end is written as a day.
 * `endMs` is the end as written: a timed end's minute, a day end's own midnight.
 */
function formatTimedRange(
  startMs: number,
  endMs: number,
  ends: [boolean, boolean],
  zone: string,
  spoken: boolean,
  withYear: boolean,
  withDay: boolean,
): string {
  const sep = spoken ? t('date.to') : ' – ';
  const [timedStart, timedEnd] = ends;
  const sameDay = Math.floor(startMs / DAY_MS) === Math.floor(endMs / DAY_MS);
  const nameS = clockName(startMs, zone);
  const nameE = clockName(endMs, zone);
  if (timedStart && timedEnd && sameDay && nameS === nameE) {
    const times = `${write(timeFmt(), startMs)}${sep}${write(timeFmt(), endMs)} ${nameE}`;
    return withDay ? `${write((withYear ? dayFmt : dayNoYearFmt)(), startMs)}, ${times}` : times;
  }
  const end = (ms: number, timed: boolean) =>
    timed
      ? formatTime(ms, zone, withDay || !sameDay, withYear)
      : write((withYear ? dayFmt : dayNoYearFmt)(), ms);
  return `${end(startMs, timedStart)}${sep}${end(endMs, timedEnd)}`;
}

/** "June 2026" */
export const formatMonth = (ms: number): string => write(monthFmt(), ms);

/**
 * Dates already written, by kind, language and value: Intl's `format` and `formatRange` cost
 * microseconds to tens of them, and a 100,000-event story writes each of its few thousand
 * distinct days and ranges many times on load (every mark's date is laid out).
 */
const written = new Map<string, string>();

function remember(key: string, write: () => string): string {
  let text = written.get(key);
  if (text === undefined) {
    if (written.size >= 20_000) written.clear();
    text = write();
    written.set(key, text);
  }
  return text;
}

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
  return remember(`r${activeLang()} ${startMs} ${endMs} ${spoken ? 1 : 0}${withYear ? 1 : 0}`, () =>
    writeDayRange(startMs, endMs, spoken, withYear),
  );
}

function writeDayRange(startMs: number, endMs: number, spoken: boolean, withYear: boolean) {
  const f = (withYear ? dayFmt : dayNoYearFmt)();
  if (!(endMs > startMs)) return write(f, startMs);
  const lang = activeLang();
  if (isCjk(lang)) return cjkRange(startMs, endMs, spoken, withYear);
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

const windowFmt = utcFormatter({ day: 'numeric', month: 'short', year: 'numeric', ...clock });
/**
 * A visible window of the axis: days ("22 April – 5 June 2026"), or times when it is shorter
 * than two days ("14 Mar 2025, 06:00 – 18:00"), on the story's clock.
 */
export function formatWindow(fromMs: number, toMs: number): string {
  if (!(toMs - fromMs < 2 * DAY_MS)) return formatDayRange(fromMs, toMs);
  if (!(toMs > fromMs)) return write(windowFmt(), fromMs);
  return windowFmt().formatRange(fromMs, toMs).replace(THIN, ' ');
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
    case 'time':
      return formatTime(parseDayTime(date.date), date.zone);
    case 'day':
      return formatDay(parseDay(date.date));
    case 'month':
      return formatMonth(parseMonth(date.month));
    case 'year':
      return formatYear(parseYear(date.year));
    case 'range': {
      const range =
        hasTime(date.start) || hasTime(date.end)
          ? formatTimedRange(
              parseDayOrTime(date.start),
              parseDayOrTime(date.end),
              [hasTime(date.start), hasTime(date.end)],
              date.zone ?? 'UTC',
              spoken,
              true,
              true,
            )
          : formatDayRange(parseDay(date.start), parseDay(date.end), spoken);
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

/** The year a date starts in, to drop from its label when the axis says it. */
function startYear(date: EventDate): number {
  const first =
    date.precision === 'day' || date.precision === 'time'
      ? date.date
      : date.precision === 'month'
        ? date.month
        : date.precision === 'year'
          ? date.year
          : date.start;
  return Number(first.slice(0, 4));
}

/**
 * The quiet date line under a mark's title, without the year unless asked:
 * "10 June", "February", "1951", "10:42 CET", "22 April – 5 June", "about June",
 * "about 12–24 June". A date's `label` is what the mark shows, as written ("July 1943 – 1946",
 * "reported on or after 24 June"), its first year dropped unless asked, as the axis says it.
 */
export function markDate(date: EventDate, withYear = false): string {
  if (date.label)
    return withYear || date.precision === 'year'
      ? date.label
      : date.label.replace(` ${startYear(date)}`, '');
  const day = withYear ? dayFmt : dayNoYearFmt;
  const range = (s: number, e: number) => formatDayRange(s, e, false, withYear);
  switch (date.precision) {
    case 'time':
      return formatTime(parseDayTime(date.date), date.zone, false);
    case 'year':
      return formatYear(parseYear(date.year));
    case 'day': {
      const d = parseDay(date.date);
      return remember(`d${activeLang()} ${d} ${withYear ? 1 : 0}`, () => write(day(), d));
    }
    case 'month': {
      const m = parseMonth(date.month);
      return write((withYear ? monthFmt : monthNoYearFmt)(), m);
    }
    case 'range':
      if (hasTime(date.start) || hasTime(date.end))
        return formatTimedRange(
          parseDayOrTime(date.start),
          parseDayOrTime(date.end),
          [hasTime(date.start), hasTime(date.end)],
          date.zone ?? 'UTC',
          false,
          withYear,
          false,
        );
      return range(parseDay(date.start), parseDay(date.end));
    case 'approximate': {
      const s = parseDay(date.start);
      const e = parseDay(date.end);
      const text = isWholeMonth(s, e)
        ? write((withYear ? monthFmt : monthNoYearFmt)(), s)
        : range(s, e);
      return t('date.about', { date: text });
    }
  }
}
