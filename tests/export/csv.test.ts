import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import { CSV_COLUMNS, csvField, eventsToCsv, toCsv } from '../../src/export/csv';

function bundledIndex() {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return indexStory(resolveStory(result.data, 'en'));
}

/** A small RFC 4180 reader, to check that what we write reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
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
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('eventsToCsv', () => {
  const index = bundledIndex();
  const rows = parseCsv(eventsToCsv(index, index.events));
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
    expect(parseCsv(eventsToCsv(index, some))).toHaveLength(3);
  });
});
