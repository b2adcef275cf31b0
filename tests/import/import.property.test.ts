// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTimelineJs } from '../../src/import/importText';
import { importTimelineJsJson } from '../../src/import/timelinejsJson';
import { importTimelineJsCsv, TEMPLATE_COLUMNS } from '../../src/import/timelinejsCsv';
import { htmlToText } from '../../src/import/html';
import { parseCsv } from '../../src/import/csv';
import type { ImportResult } from '../../src/import/common';
import { formatIssue } from '../../src/data/issues';
import { validateStory } from '../../src/data/validate';

/** An import refuses with reasons, or gives a story that validates and holds no markup. */
function sound(result: ImportResult, file: string) {
  if (!result.ok) {
    expect(result.report.length).toBeGreaterThan(0);
    return;
  }
  const checked = validateStory(result.story, file);
  expect(checked.ok ? [] : checked.issues.map(formatIssue)).toEqual([]);
  for (const issue of result.report) expect(formatIssue(issue).length).toBeLessThan(1000);
}

/**
 * Fragments that make HTML (and broken HTML) when strung together. No entity here decodes to
 * `<` or a letter: `<&#x41;>` is the text "<A>" in a browser too, so it would be right to keep.
 */
const htmlArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<a href="https://x.org/?a=1&amp;b">',
        "<a href='javascript:alert(1)'>",
        '</a>',
        '<b',
        '>',
        '<',
        '"',
        "'",
        '&',
        '&amp;',
        '&#x263A;',
        '&#55296;',
        '&nbsp;',
        '&eacute;',
        'words',
        ' ',
        '\n',
        '<script>',
        '</script>',
        '<!--',
        '-->',
        '<br/>',
        'é',
        '😀',
        '<img src=x onerror=alert(1)>',
      ),
      { maxLength: 25 },
    )
    .map((parts) => parts.join('')),
);

/** A date part as people (and programs) write them into TimelineJS: right or wrong. */
const partArb = fc.oneof(
  fc.integer({ min: -20000, max: 20000 }).map(String),
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 0, max: 13 }).map((n) => String(n).padStart(2, '0')),
  fc.constantFrom('', ' ', '1815', '0', '-44', '1e3', '12.5', 'soon', null),
  fc.jsonValue({ maxDepth: 1 }),
);
const dateArb = fc.record(
  {
    year: partArb,
    month: partArb,
    day: partArb,
    hour: partArb,
    minute: partArb,
    display_date: htmlArb,
    format: fc.string({ maxLength: 5 }),
  },
  { requiredKeys: [] },
);
const urlArb = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    '',
    'javascript:alert(1)',
    'data:text/html,x',
    'images/a.jpg',
    'https://x.org/a b',
  ),
  htmlArb,
);
const slideArb = fc.record(
  {
    start_date: fc.oneof(dateArb, fc.jsonValue({ maxDepth: 1 })),
    end_date: dateArb,
    text: fc.record({ headline: htmlArb, text: htmlArb }, { requiredKeys: [] }),
    group: fc.oneof(
      fc.constantFrom('', 'Labs', 'labs', 'LABS ', 'Ungrouped'),
      htmlArb,
      fc.constant(null),
    ),
    media: fc.record(
      { url: urlArb, credit: htmlArb, caption: htmlArb, thumbnail: urlArb },
      { requiredKeys: [] },
    ),
    display_date: htmlArb,
    unique_id: fc.oneof(fc.string(), fc.constantFrom('a', 'A', 'a-2', '__proto__')),
    background: fc.record(
      { url: urlArb, color: fc.string({ maxLength: 8 }) },
      { requiredKeys: [] },
    ),
    autolink: fc.boolean(),
  },
  { requiredKeys: ['start_date'] },
);
const timelineArb = fc.record(
  {
    title: slideArb,
    events: fc.array(slideArb, { maxLength: 8 }),
    eras: fc.array(slideArb, { maxLength: 2 }),
    scale: fc.constantFrom('human', 'cosmological', 'Cosmological', 'other'),
  },
  { requiredKeys: ['events'] },
);

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const cellArb = fc.oneof(
  htmlArb,
  partArb.map((p) => (typeof p === 'string' ? p : '')),
  fc.constantFrom('title', 'era', 'Title', ''),
);

describe('the TimelineJS importers (properties)', { timeout: 60_000 }, () => {
  it('never throw on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => sound(importTimelineJsJson(raw, 't.json'), 't.json')),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary values, JSON or not', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true }), (raw) =>
        sound(importTimelineJsJson(raw, 't.json'), 't.json'),
      ),
    );
  });

  it('import TimelineJS-shaped JSON of any quality into stories that validate', () => {
    fc.assert(
      fc.property(timelineArb, (raw) => sound(importTimelineJsJson(raw, 't.json'), 't.json')),
      { numRuns: 300 },
    );
  });

  it('never keep markup from generated HTML', () => {
    fc.assert(
      fc.property(htmlArb, (html) => {
        const { text } = htmlToText(html);
        expect(text).not.toMatch(/<[a-zA-Z/!][^<>]*>/);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('never throw on arbitrary text, as JSON or CSV', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        sound(importTimelineJs(text, 't.csv'), 't.csv');
        sound(importTimelineJs(text, 't.json'), 't.json');
        sound(importTimelineJs(text, 't.txt'), 't.txt');
      }),
      { numRuns: 300 },
    );
  });

  it('import template sheets of any quality into stories that validate', () => {
    const sheetArb = fc
      .tuple(
        fc.shuffledSubarray([...TEMPLATE_COLUMNS, 'Notes'], { minLength: 1 }),
        fc.array(fc.array(cellArb, { maxLength: 20 }), { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([header, rows, eol]) =>
        [['Year', ...header], ...rows].map((r) => r.map(csvField).join(',')).join(eol),
      );
    fc.assert(
      fc.property(sheetArb, (csv) => sound(importTimelineJsCsv(csv, 't.csv'), 't.csv')),
      { numRuns: 300 },
    );
  });

  it('read back CSV that it writes, whatever the fields hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 2, maxLength: 5 }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        (rows) => {
          // Quote every field so an empty one-field row still reads back as a row.
          const text = rows
            .map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(','))
            .join('\r\n');
          const parsed = parseCsv(text);
          expect(parsed.ok && parsed.rows).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
