import type { StoryIssue } from '../data/issues';
import { parseCsv } from './csv';
import {
  clip,
  cosmologicalRefusal,
  isCosmologicalYear,
  type ImportResult,
  type Slide,
  type SlideField,
  type Timeline,
} from './common';
import { toStory } from './toStory';

/** The columns of TimelineJS's Google Sheets template, in its order. */
export const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
type Column = (typeof TEMPLATE_COLUMNS)[number];

const COLUMN_OF: Record<SlideField, Column> = {
  headline: 'Headline',
  text: 'Text',
  start: 'Year',
  end: 'End Year',
  'start.time': 'Time',
  'end.time': 'End Time',
  display: 'Display Date',
  group: 'Group',
  media: 'Media',
  'media.credit': 'Media Credit',
  'media.caption': 'Media Caption',
  'media.thumbnail': 'Media Thumbnail',
  background: 'Background',
};

const normal = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

function refuse(file: string, message: string): ImportResult {
  return { ok: false, report: [{ file, path: '(root)', message }] };
}

/**
 * Imports a CSV (or TSV) export of TimelineJS's Google Sheets template: a header row naming
 * the template's columns, then one row per slide; `Type` marks the title row and eras.
 * Never throws; refuses text that is not such a sheet.
 */
export function importTimelineJsCsv(text: string, file: string): ImportResult {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return refuse(file, `not readable as CSV: ${parsed.error}`);
  const [header = [], ...records] = parsed.rows;
  const report: StoryIssue[] = parsed.warnings.map((w) => ({ file, path: '(root)', message: w }));
  const note = (path: string, message: string) => report.push({ file, path, message });

  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = TEMPLATE_COLUMNS.find((c) => normal(c) === normal(name));
    if (column && !index.has(column)) index.set(column, i);
    else if (column) note(`column ${i + 1}`, `second "${column}" column not imported`);
    else if (name.trim())
      note(`column ${i + 1}`, `column "${clip(name.trim(), 40).text}" not imported`);
  });
  const names = header.map(normal);
  if (!index.has('Year')) {
    const old = names.includes('start date')
      ? ' (a TimelineJS 2 sheet has "Start Date"; use the current template)'
      : '';
    return refuse(
      file,
      `not a TimelineJS sheet: the first row has no "Year" column${old}; expected the template's columns: ${TEMPLATE_COLUMNS.join(', ')}`,
    );
  }

  const yearAt = index.get('Year') ?? 0;
  const huge = records.findIndex((r) => isCosmologicalYear(r[yearAt] ?? ''));
  if (huge >= 0)
    return refuse(
      file,
      cosmologicalRefusal(
        `row ${huge + 2} starts in year ${clip(records[huge]?.[yearAt] ?? '', 20).text}`,
      ),
    );
  const timeline: Timeline = { title: undefined, events: [], eras: [], report };
  records.forEach((record, k) => {
    if (record.every((v) => v.trim() === '')) return;
    const where = `row ${k + 2}`;
    const get = (c: Column) => {
      const i = index.get(c);
      return i === undefined ? '' : (record[i] ?? '');
    };
    const extra = record.slice(header.length).filter((v) => v.trim());
    if (extra.length) note(where, `${extra.length} value(s) beyond the last column not imported`);
    const background = get('Background').trim();
    const slide: Slide = {
      where,
      field: (f) => `${where}, ${COLUMN_OF[f]}`,
      uniqueId: '',
      headline: get('Headline'),
      text: get('Text'),
      start: {
        year: get('Year'),
        month: get('Month'),
        day: get('Day'),
        time: get('Time'),
        display: '',
      },
      end: {
        year: get('End Year'),
        month: get('End Month'),
        day: get('End Day'),
        time: get('End Time'),
        display: '',
      },
      displayDate: get('Display Date'),
      group: get('Group'),
      media: {
        url: get('Media'),
        credit: get('Media Credit'),
        caption: get('Media Caption'),
        thumbnail: get('Media Thumbnail'),
      },
      background: !background
        ? ''
        : /^(#|rgb|hsl)/i.test(background)
          ? `colour ${clip(background, 20).text}`
          : `image ${clip(background, 300).text}`,
    };
    const type = normal(get('Type'));
    if (type === 'title' && !timeline.title) timeline.title = slide;
    else if (type === 'title') note(`${where}, Type`, 'a second title row is not kept');
    else if (type === 'era') timeline.eras.push(slide);
    else {
      if (type)
        note(`${where}, Type`, `type "${clip(type, 20).text}" not understood; read as an event`);
      timeline.events.push(slide);
    }
  });
  return toStory(timeline, file);
}
