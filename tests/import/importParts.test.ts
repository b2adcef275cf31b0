// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/import/html';
import { parseCsv } from '../../src/import/csv';
import { mapDate } from '../../src/import/dates';
import { clip, slugify } from '../../src/import/common';
import type { DateParts } from '../../src/import/common';

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>two</p>', 'One two'],
    [
      'Fish &amp; chips &mdash; &#8220;hot&#x201D; &eacute;t&eacute; &nbsp;x',
      'Fish & chips — “hot” été x',
    ],
    ['a < b and c > d', 'a < b and c > d'],
    ['<a href="https://x.org/?a=1&amp;b=2" title="a>b">link</a> text', 'link text'],
    ['before<script>alert("<p>")</script>after', 'beforeafter'],
    ['<style>p{}</style><!-- note -->kept', 'kept'],
    ['<b>bold</b><i>it</i>', 'boldit'],
    ['<unclosed tag', '<unclosed tag'],
    ['&lt;script&gt; as text', '<script> as text'],
    ['&unknown; &#0; &#xD800;', '&unknown; \uFFFD \uFFFD'],
    ['line<br>break<br/>s', 'line break s'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it('collects link targets', () => {
    const { links } = htmlToText(`<a href='one'>1</a> <A HREF=two>2</A> <a name="x">3</a>`);
    expect(links).toEqual(['one', 'two']);
  });
});

describe('parseCsv', () => {
  const rows = (text: string) => {
    const r = parseCsv(text);
    if (!r.ok) throw new Error(r.error);
    return r.rows;
  };

  it('splits fields and records (CRLF, LF and CR)', () => {
    expect(rows('a,b\r\nc,d\ne,f\rg,h\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps commas, newlines and doubled quotes inside quotes', () => {
    expect(rows('"a, b","line 1\nline 2","say ""hi"""\n')).toEqual([
      ['a, b', 'line 1\nline 2', 'say "hi"'],
    ]);
  });

  it('keeps empty fields, a trailing comma and a final line without a newline', () => {
    expect(rows(',x,\n""')).toEqual([['', 'x', ''], ['']]);
  });

  it('skips a byte-order mark and reads tab-separated text', () => {
    const r = parseCsv('\uFEFFa\tb, c\n', '\t');
    expect(r.ok && r.rows).toEqual([['a', 'b, c']]);
  });

  it('keeps text after a closing quote, with a warning', () => {
    const r = parseCsv('"a"b,c');
    expect(r.ok && r.rows).toEqual([['ab', 'c']]);
    expect(r.ok && r.warnings).toEqual(['row 1: text after a closing quote kept as it is']);
  });

  it('says where a quote never closes', () => {
    expect(parseCsv('a\nb\n"c,d\n')).toEqual({
      ok: false,
      error: 'row 3: a quoted field never closes (a " is missing)',
    });
  });
});

describe('mapDate', () => {
  const d = (year: string, month = '', day = '', time = ''): DateParts => ({
    year,
    month,
    day,
    time,
    display: '',
  });

  it.each([
    ['a day', d('2021', '3', '4'), undefined, { precision: 'day', date: '2021-03-04' }],
    ['a month', d('2021', '03'), undefined, { precision: 'month', month: '2021-03' }],
    [
      'a span of days',
      d('1815', '12', '10'),
      d('1852', '11', '27'),
      { precision: 'range', start: '1815-12-10', end: '1852-11-27' },
    ],
    [
      'a span ending the same day',
      d('2021', '3', '4'),
      d('2021', '3', '4'),
      { precision: 'day', date: '2021-03-04' },
    ],
    ['a year alone', d(' 602 '), undefined, { precision: 'year', year: '0602' }],
    [
      'years',
      d('1956'),
      d('1962'),
      expect.objectContaining({
        precision: 'approximate',
        start: '1956-01-01',
        end: '1962-12-31',
        label: '1956–1962',
      }),
    ],
    [
      'a month to a year',
      d('1943', '7'),
      d('1946'),
      expect.objectContaining({
        start: '1943-07-01',
        end: '1946-12-31',
        label: 'July 1943 – 1946',
      }),
    ],
    ['a leap day', d('2024', '2', '29'), undefined, { precision: 'day', date: '2024-02-29' }],
  ])('maps %s', (_name, start, end, date) => {
    const r = mapDate(start, end, '');
    expect(r.ok && r.date).toEqual(date);
  });

  it.each([
    ['a BCE year', d('-44', '3', '15'), /year -44 is BCE/],
    ['year 0', d('0'), /year 0 is BCE \(or year 0\)/],
    ['a five-digit year', d('12000'), /after 9999/],
    ['a word', d('soon'), /year "soon" is not a whole number/],
    ['month 13', d('2021', '13'), /month "13" is not 1–12/],
    ['30 February', d('2021', '2', '30'), /day "30" does not exist in February 2021/],
    ['29 February 1900', d('1900', '2', '29'), /does not exist in February 1900/],
    ['no start', d(''), /no start date/],
  ])('refuses %s', (_name, start, reason) => {
    const r = mapDate(start, undefined, '');
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });

  it('reports times, display dates and an end before the start', () => {
    const r = mapDate(d('2022', '2', '1', '9:30'), d('2021'), 'early February');
    expect(r.ok && r.date).toEqual({ precision: 'time', date: '2022-02-01T09:30' });
    expect(r.ok && r.notes.map((n) => `${n.field}: ${n.message}`)).toEqual([
      'end: end 2021 is before start 1 February 2022; end date not kept',
      'display: display date "early February" not kept: the date is shown from its parts',
    ]);
  });

  it.each([
    [
      'a time',
      d('2025', '3', '14', '10:42'),
      undefined,
      { precision: 'time', date: '2025-03-14T10:42' },
    ],
    [
      'a 12-hour time',
      d('2025', '3', '14', '9:05 PM'),
      undefined,
      { precision: 'time', date: '2025-03-14T21:05' },
    ],
    [
      'midnight, 12 am',
      d('2025', '3', '14', '12:00 am'),
      undefined,
      { precision: 'time', date: '2025-03-14T00:00' },
    ],
    [
      'a range of times on one day',
      d('2025', '3', '14', '10:00'),
      d('2025', '3', '14', '12:30'),
      { precision: 'range', start: '2025-03-14T10:00', end: '2025-03-14T12:30' },
    ],
    [
      'a time to a later day',
      d('2025', '3', '14', '22:00'),
      d('2025', '3', '16'),
      { precision: 'range', start: '2025-03-14T22:00', end: '2025-03-16' },
    ],
    ['a year', d('1951'), undefined, { precision: 'year', year: '1951' }],
  ])('keeps %s', (_name, start, end, date) => {
    const r = mapDate(start, end, '');
    expect(r.ok && r.date).toEqual(date);
    expect(r.ok && r.notes).toEqual([]);
  });

  it('reports a time it cannot read, and a time on a date without a day', () => {
    const r = mapDate(d('2025', '3', '14', '25:00'), undefined, '');
    expect(r.ok && r.date).toEqual({ precision: 'day', date: '2025-03-14' });
    expect(r.ok && r.notes.map((n) => n.message).join()).toMatch(/"25:00" is not a time/);
    const m = mapDate(d('2025', '3', '', '9:30'), undefined, '');
    expect(m.ok && m.notes.map((n) => n.message).join()).toMatch(/not kept: the date has no day/);
  });

  it('uses the display date as the label of an approximate date or a year', () => {
    const r = mapDate(d('1951'), d('1953'), 'Around 1951–53');
    expect(r.ok && r.date).toMatchObject({ precision: 'approximate', label: 'Around 1951–53' });
    const y = mapDate(d('1951'), undefined, 'Around 1951');
    expect(y.ok && y.date).toEqual({ precision: 'year', year: '1951', label: 'Around 1951' });
  });
});

describe('slugify and clip', () => {
  it('makes ids from any text', () => {
    expect(slugify('Rózsa Péter writes recursion!')).toBe('rozsa-peter-writes-recursion');
    expect(slugify('...And the women')).toBe('and-the-women');
    expect(slugify('日本')).toBe('');
    expect(slugify('a'.repeat(100)).length).toBe(60);
  });

  it('cuts at a word boundary with an ellipsis', () => {
    expect(clip('one two three', 9)).toEqual({ text: 'one two…', clipped: true });
    expect(clip('short', 9)).toEqual({ text: 'short', clipped: false });
    expect(clip('😀😀😀😀', 4).text).toBe('😀…');
  });
});
