import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EventDate } from '../../src/data/schema';
import { dateIssues, precisionHint } from '../../src/data/dateChecks';
import { validateStory } from '../../src/data/validate';
import { wallToInstant } from '../../src/data/timeZone';
import { isTimeZone } from '../../src/data/isTimeZone';
import { resolveStory } from '../../src/data/localText';
import { setLanguage } from '../../src/i18n/catalog';
import { en } from '../../src/i18n/messages/en';
import de from '../../src/i18n/messages/de';
import ar from '../../src/i18n/messages/ar';
import { durationLabel } from '../../src/timeline/breaks';
import { makeStory, pinTimeZone } from '../fixtures/story';
import { formatEventDate, formatWindow, markDate } from '../../src/data/dateFormat';
import { parseDayTime, toSpan } from '../../src/data/dateParse';

// A reader in New York reads a story told on Berlin's clock: nothing may move to the reader's.
pinTimeZone('America/New_York');
afterAll(() => setLanguage('en', en));

const BERLIN = 'Europe/Berlin';
const at = (date: string, zone = BERLIN): EventDate => ({ precision: 'time', date, zone });

describe('parsing times of day', () => {
  it('reads YYYY-MM-DDTHH:MM as a wall-clock time, whatever the reader’s zone', () => {
    expect(parseDayTime('2025-03-14T10:42')).toBe(Date.UTC(2025, 2, 14, 10, 42));
    expect(parseDayTime('2025-03-14T00:00')).toBe(Date.UTC(2025, 2, 14));
  });

  it.each(['2025-03-14T24:00', '2025-03-14T10:60', '2025-02-30T10:00', '2025-03-14 10:42', ''])(
    'refuses %j',
    (v) => expect(parseDayTime(v)).toBeNaN(),
  );

  it('reads every minute of every day as Date.UTC would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (y, mo, d, h, mi) => {
          const p = (n: number, w = 2) => String(n).padStart(w, '0');
          const text = `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}`;
          expect(parseDayTime(text)).toBe(Date.UTC(y, mo - 1, d, h, mi));
        },
      ),
    );
  });

  it('spans a minute, a year, and a range to its timed end', () => {
    expect(toSpan(at('2025-03-14T10:42'))).toEqual({
      startMs: Date.UTC(2025, 2, 14, 10, 42),
      endMs: Date.UTC(2025, 2, 14, 10, 43),
      precision: 'time',
    });
    expect(toSpan({ precision: 'year', year: '1951' })).toEqual({
      startMs: Date.UTC(1951, 0, 1),
      endMs: Date.UTC(1952, 0, 1),
      precision: 'year',
    });
    const r = toSpan({ precision: 'range', start: '2025-03-14T22:00', end: '2025-03-15' });
    expect([r.startMs, r.endMs]).toEqual([Date.UTC(2025, 2, 14, 22), Date.UTC(2025, 2, 16)]);
  });
});

describe('checking times and zones', () => {
  it('names an impossible time and a range that ends where it starts', () => {
    expect(dateIssues({ precision: 'time', date: '2025-03-14T25:00' })).toEqual([
      expect.objectContaining({ field: 'date', message: '2025-03-14T25:00 is not a time of day' }),
    ]);
    expect(
      dateIssues({ precision: 'range', start: '2025-03-14T10:00', end: '2025-03-14T09:00' }),
    ).toEqual([
      expect.objectContaining({ field: 'end', message: expect.stringMatching(/before/) }),
    ]);
    // A day end covers its whole day.
    expect(
      dateIssues({ precision: 'range', start: '2025-03-14T10:00', end: '2025-03-14' }),
    ).toEqual([]);
    expect(precisionHint({ precision: 'day', date: '2025-03-14T10:42' })).toMatch(
      /has a time of day: use \{"precision": "time"/,
    );
    expect(precisionHint({ precision: 'approximate', start: '1951' })).toMatch(
      /a year alone is written as \{"precision": "year", "year": "1951"\}/,
    );
  });

  it('knows IANA zones and nothing else', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Berln')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
  });

  it('refuses a story whose time zone Intl does not know, naming the field', () => {
    const story = { ...makeStory(), timeZone: 'Mars/Olympus' };
    const r = validateStory(story, 'story.json');
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : JSON.stringify(r);
    expect(text).toMatch(/timeZone/);
    expect(text).toMatch(/\\"Mars\/Olympus\\" is not a time zone/);
    expect(validateStory({ ...makeStory(), timeZone: BERLIN }, 'story.json').ok).toBe(true);
  });

  it('gives each timed date the story’s clock when the story is resolved', () => {
    const file = makeStory();
    const first = file.events[0]!;
    const timed = {
      ...file,
      timeZone: BERLIN,
      events: [{ ...first, date: at('2025-03-14T10:42') }],
    };
    timed.events[0]!.date = { precision: 'time', date: '2025-03-14T10:42' };
    expect(resolveStory(timed, 'en').events[0]!.date).toEqual(at('2025-03-14T10:42'));
    // A story without times comes back as it is.
    expect(resolveStory(file, 'en')).toBe(file);
  });
});

describe('times on the story’s clock', () => {
  it('writes a time with the clock’s short name, for a reader in another zone', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(300);
    expect(formatEventDate(at('2025-03-14T10:42'))).toBe('14 March 2025 at 10:42 CET');
    expect(markDate(at('2025-03-14T10:42'))).toBe('10:42 CET');
    expect(markDate(at('2025-03-14T10:42', 'America/New_York'))).toBe('10:42 GMT-4');
  });

  it('names summer time on the day the clocks change (Berlin, 30 March 2025)', () => {
    expect(markDate(at('2025-03-30T01:30'))).toBe('01:30 CET');
    expect(markDate(at('2025-03-30T03:30'))).toBe('03:30 CEST');
    // 02:30 does not happen that day: read with the offset before the change.
    expect(wallToInstant(Date.UTC(2025, 2, 30, 2, 30), BERLIN)).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(wallToInstant(Date.UTC(2025, 2, 30, 3, 30), BERLIN)).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(wallToInstant(Date.UTC(2025, 6, 1, 12), BERLIN)).toBe(Date.UTC(2025, 6, 1, 10));
    expect(
      formatEventDate({
        precision: 'range',
        start: '2025-03-30T01:00',
        end: '2025-03-30T04:00',
        zone: BERLIN,
      }),
    ).toBe('30 March 2025 at 01:00 CET – 30 March 2025 at 04:00 CEST');
  });

  it('writes ranges of times sharing their day and clock', () => {
    const r: EventDate = {
      precision: 'range',
      start: '2025-03-14T10:42',
      end: '2025-03-14T12:00',
      zone: BERLIN,
    };
    expect(formatEventDate(r)).toBe('14 March 2025, 10:42 – 12:00 CET');
    expect(formatEventDate(r, true)).toBe('14 March 2025, 10:42 to 12:00 CET');
    expect(markDate(r)).toBe('10:42 – 12:00 CET');
    expect(formatWindow(Date.UTC(2025, 2, 14, 6), Date.UTC(2025, 2, 14, 18))).toBe(
      '14 Mar 2025, 06:00–18:00',
    );
  });

  it('follows the reader’s language: its clock and its names', () => {
    try {
      setLanguage('de', de);
      expect(markDate(at('2025-03-14T10:42'))).toBe('10:42 MEZ');
      setLanguage('ar', ar);
      // Arabic counts 12 hours: 22:05 is written with the evening mark.
      expect(markDate(at('2025-03-14T22:05'))).toMatch(/م/);
    } finally {
      setLanguage('en', en);
    }
  });

  it('says minutes and hours between times', () => {
    expect(durationLabel(20 * 60_000)).toBe('20 minutes');
    expect(durationLabel(5 * 3_600_000)).toBe('5 hours');
  });
});

describe('years, and labels as written', () => {
  it('writes a year as the year', () => {
    const y: EventDate = { precision: 'year', year: '1951' };
    expect(formatEventDate(y)).toBe('1951');
    expect(markDate(y)).toBe('1951');
    expect(markDate(y, true)).toBe('1951');
  });

  it('shows a label on the mark as written', () => {
    const d: EventDate = {
      precision: 'approximate',
      start: '1943-07-01',
      end: '1946-12-31',
      label: 'July 1943 – 1946',
      basis: 'b',
    };
    expect(markDate(d, true)).toBe('July 1943 – 1946');
  });
});
