import type { EventDate } from '../data/schema';
import { clip, type DateParts, type SlideField } from './common';

/** English month names for the labels the importer writes into a story (content, not UI). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date as far as its parts go: `1943` covers the year, `1943-07` the month. */
interface Period {
  /** First and last day covered, `YYYY-MM-DD`. */
  first: string;
  last: string;
  level: 'day' | 'month' | 'year';
  /** "5 June 1943", "July 1943", "1943". */
  label: string;
}

/** Something the story does not keep about a date, and which part it concerns. */
export interface DateNote {
  field: SlideField;
  message: string;
}

export type DateMapping =
  | { ok: true; date: EventDate; notes: DateNote[] }
  | { ok: false; field: SlideField; reason: string };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Days in a month of the proleptic Gregorian calendar, as `Date` and `parseDay` count them. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const WHOLE = /^[+]?\d{1,6}$/;

/** Reads one TimelineJS date into the period it covers, or says why it cannot. */
function readPeriod(parts: DateParts, notes: string[]): Period | string {
  const y = parts.year.trim();
  if (/^-\d+$/.test(y) || /^0+$/.test(y))
    return `year ${y} is BCE (or year 0), and the story format has no dates before year 1`;
  if (!WHOLE.test(y)) return `year "${clip(y, 20).text}" is not a whole number`;
  const year = Number(y);
  if (year > 9999) return `year ${year} is after 9999, and the story format has four-digit years`;
  const m = parts.month.trim();
  const d = parts.day.trim();
  const yearOnly: Period = {
    first: `${pad(year, 4)}-01-01`,
    last: `${pad(year, 4)}-12-31`,
    level: 'year',
    label: String(year),
  };
  if (m === '') {
    if (d !== '') notes.push(`day "${clip(d, 20).text}" has no month, so only the year is kept`);
    return yearOnly;
  }
  const month = WHOLE.test(m) ? Number(m) : NaN;
  if (!(month >= 1 && month <= 12)) return `month "${clip(m, 20).text}" is not 1–12`;
  const ym = `${pad(year, 4)}-${pad(month, 2)}`;
  const monthLabel = `${MONTHS[month - 1] ?? ''} ${year}`;
  if (d === '')
    return {
      first: `${ym}-01`,
      last: `${ym}-${daysIn(year, month)}`,
      level: 'month',
      label: monthLabel,
    };
  const day = WHOLE.test(d) ? Number(d) : NaN;
  if (!(day >= 1 && day <= daysIn(year, month)))
    return `day "${clip(d, 20).text}" does not exist in ${monthLabel}`;
  const first = `${ym}-${pad(day, 2)}`;
  return { first, last: first, level: 'day', label: `${day} ${monthLabel}` };
}

/**
 * A TimelineJS time ("9:30", "14:05:30", "9:30 PM", "9 pm") as `HH:MM` on a 24-hour clock, or
 * why it cannot be read. Seconds and fractions are dropped, with a note.
 */
export function readClock(raw: string, notes: string[]): string | { reason: string } {
  const m = /^(\d{1,2})(?::(\d{1,2}))?(?::(\d{1,2})(?:\.\d+)?)?\s*([ap])?\.?\s*m?\.?$/i.exec(raw);
  const bad = { reason: `time of day "${clip(raw, 40).text}" is not a time such as 9:30 or 21:30` };
  if (!m) return bad;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const half = m[4]?.toLowerCase();
  if (half && (h < 1 || h > 12)) return bad;
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  if (!(h <= 23 && min <= 59)) return bad;
  if (m[3] !== undefined && Number(m[3]) !== 0)
    notes.push(`seconds of "${clip(raw, 40).text}" not kept: the story format has minutes`);
  return `${pad(h, 2)}:${pad(min, 2)}`;
}

/** A day with its time, or the day alone when no time is given (or none can be kept). */
function withClock(
  period: Period,
  parts: DateParts,
  field: 'start.time' | 'end.time',
  notes: DateNote[],
): { at: string; timed: boolean } {
  const raw = parts.time.trim();
  if (!raw) return { at: period.first, timed: false };
  if (period.level !== 'day') {
    notes.push({
      field,
      message: `time of day "${clip(raw, 40).text}" not kept: the date has no day`,
    });
    return { at: period.first, timed: false };
  }
  const said: string[] = [];
  const clock = readClock(raw, said);
  notes.push(...said.map((message) => ({ field, message })));
  if (typeof clock !== 'string') {
    notes.push({ field, message: `${clock.reason}; not kept` });
    return { at: period.first, timed: false };
  }
  return { at: `${period.first}T${clock}`, timed: true };
}

const hasParts = (p: DateParts | undefined): p is DateParts =>
  p !== undefined && (p.year.trim() !== '' || p.month.trim() !== '' || p.day.trim() !== '');

/** The display date is reported, not kept, where the date is written from its parts. */
function dropDisplayDate(notes: DateNote[], displayDate: string): void {
  const display = clip(displayDate.replace(/\s+/g, ' ').trim(), 80).text;
  if (display)
    notes.push({
      field: 'display',
      message: `display date "${display}" not kept: the date is shown from its parts`,
    });
}

/**
 * Maps a TimelineJS start (and end) date to the story's precisions, following the parts given:
 * a day with a time → `time`; a day → `day`; a month → `month`; a year → `year` (its display
 * date, if any, as its label); a span of days, with or without times → `range`. A span whose
 * ends are not both days becomes `approximate` with the whole window and a label ("1956–1962"),
 * since a `range` would claim exact ends.
 */
export function mapDate(
  start: DateParts | undefined,
  end: DateParts | undefined,
  displayDate: string,
): DateMapping {
  if (!hasParts(start)) return { ok: false, field: 'start', reason: 'it has no start date' };
  const startNotes: string[] = [];
  const s = readPeriod(start, startNotes);
  if (typeof s === 'string') return { ok: false, field: 'start', reason: s };
  const notes: DateNote[] = startNotes.map((message) => ({ field: 'start', message }));

  let e: Period | undefined;
  if (hasParts(end)) {
    const endNotes: string[] = [];
    const read = readPeriod(end, endNotes);
    notes.push(...endNotes.map((message) => ({ field: 'end' as const, message })));
    if (typeof read === 'string')
      notes.push({ field: 'end', message: `${read}; end date not kept` });
    else if (read.last < s.first)
      notes.push({
        field: 'end',
        message: `end ${read.label} is before start ${s.label}; end date not kept`,
      });
    else if (read.first !== s.first || read.last !== s.last || end?.time.trim()) e = read;
  }
  // Times are kept on the story's clock, as written: TimelineJS gives no zone.
  const from = withClock(s, start, 'start.time', notes);
  const to = e && end ? withClock(e, end, 'end.time', notes) : undefined;
  if (from.timed || to?.timed) {
    if (!to && e === undefined) {
      dropDisplayDate(notes, displayDate);
      return { ok: true, date: { precision: 'time', date: from.at }, notes };
    }
    if (to && e && e.level === 'day' && s.level === 'day') {
      const endAt = to.timed ? to.at : e.last;
      const ordered = to.timed && from.timed ? endAt > from.at : endAt >= from.at.slice(0, 10);
      if (ordered) {
        dropDisplayDate(notes, displayDate);
        return { ok: true, date: { precision: 'range', start: from.at, end: endAt }, notes };
      }
      notes.push({
        field: 'end',
        message: `end ${to.at} is not after start ${from.at}; end date not kept`,
      });
      dropDisplayDate(notes, displayDate);
      return { ok: true, date: { precision: 'time', date: from.at }, notes };
    }
  }

  const display = clip(displayDate.replace(/\s+/g, ' ').trim(), 80).text;
  const dropDisplay = () => dropDisplayDate(notes, displayDate);
  if (!e && s.level === 'year')
    return {
      ok: true,
      date: {
        precision: 'year',
        year: s.first.slice(0, 4),
        ...(display ? { label: display } : {}),
      },
      notes,
    };
  if (!e && s.level === 'day') {
    dropDisplay();
    return { ok: true, date: { precision: 'day', date: s.first }, notes };
  }
  if (!e && s.level === 'month') {
    dropDisplay();
    return { ok: true, date: { precision: 'month', month: s.first.slice(0, 7) }, notes };
  }
  if (e && s.level === 'day' && e.level === 'day' && e.last === s.first) {
    dropDisplay();
    return { ok: true, date: { precision: 'day', date: s.first }, notes };
  }
  if (e && s.level === 'day' && e.level === 'day') {
    dropDisplay();
    return { ok: true, date: { precision: 'range', start: s.first, end: e.last }, notes };
  }
  const label = e
    ? s.level === 'year' && e.level === 'year'
      ? `${s.label}–${e.label}`
      : `${s.label} – ${e.label}`
    : s.label;
  const basis = e
    ? `The TimelineJS file gives this span as ${label}, without both exact days.`
    : `The TimelineJS file gives only the year ${label}.`;
  return {
    ok: true,
    date: {
      precision: 'approximate',
      start: s.first,
      end: e ? e.last : s.last,
      label: display || label,
      basis,
    },
    notes,
  };
}
