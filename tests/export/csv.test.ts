import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import { CSV_COLUMNS, csvField, eventsToCsv, toCsv } from '../../src/export/csv';
import { parseCsv } from '../../src/import/csv';

function bundledIndex() {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return indexStory(resolveStory(result.data, 'en'));
}

/** Reads what we write with the importer's own reader, so the two cannot drift apart. */
function readCsv(text: string): string[][] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    [' padded ', '" padded "'],
    ['“curly” quotes stay', '“curly” quotes stay'],
  ])('%j is written %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@sum', "'@sum"],
  ])('defuses the spreadsheet formula %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c, d', 'e'],
      ]),
    ).toBe('a,b\r\n"c, d",e\r\n');
  });

  it('reads back as written', () => {
    const rows = [
      ['id', 'text'],
      ['x', 'a "quoted", multi\nline value'],
    ];
    expect(readCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('eventsToCsv', () => {
  const index = bundledIndex();
  const rows = readCsv(eventsToCsv(index, index.events));
  const header = rows[0]!;
  const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[header.indexOf(name)];
  const byId = new Map(rows.slice(1).map((r) => [r[0]!, r]));

  it('has a header and one row per event, all the same width', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(index.events.length + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('keeps every summary and title exactly', () => {
    for (const e of index.events) {
      expect(col(byId.get(e.id)!, 'summary')).toBe(e.summary);
      expect(col(byId.get(e.id)!, 'title')).toBe(e.title);
    }
  });

  it('writes dates as text with their precision and bounding days', () => {
    const feb = byId.get('february-disclosure')!;
    // The label, which says the year is ours: the documents say only "In February".
    expect(col(feb, 'date')).toBe('February 2026 (year assumed)');
    expect(col(feb, 'precision')).toBe('month');
    expect([col(feb, 'start'), col(feb, 'end')]).toEqual(['2026-02-01', '2026-02-28']);
    const campaign = byId.get('alibaba-campaign')!;
    expect(col(campaign, 'date')).toBe('22 April – 5 June 2026');
    expect(col(byId.get('letter')!, 'date')).toBe('10 June 2026');
  });

  it('names actors and sources', () => {
    const campaign = byId.get('alibaba-campaign')!;
    expect(col(campaign, 'actors')).toBe('Alibaba / Qwen; Anthropic');
    expect(col(campaign, 'sources')).toContain('CNBC, “Anthropic accuses Alibaba');
    expect(col(byId.get('february-disclosure')!, 'sources')).toContain('Outlet not stated');
  });

  it('writes only the events it is given', () => {
    const some = index.events.slice(0, 2);
    expect(readCsv(eventsToCsv(index, some))).toHaveLength(3);
  });
});
