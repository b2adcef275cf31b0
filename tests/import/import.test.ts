// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTimelineJs } from '../../src/import/importText';
import { importTimelineJsJson } from '../../src/import/timelinejsJson';
import { importTimelineJsCsv } from '../../src/import/timelinejsCsv';
import { formatIssue } from '../../src/data/issues';
import type { ImportResult } from '../../src/import/common';
import type { StoryFile as Story } from '../../src/data/schema';
import { validateStory } from '../../src/data/validate';
import { recognizeMedia } from '../../src/data/recognizeMedia';

const FIXTURES = 'tests/fixtures/timelinejs';
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function imported(result: ImportResult): { story: Story; report: string[] } {
  if (!result.ok) throw new Error(result.report.map(formatIssue).join('\n'));
  return { story: result.story, report: result.report.map(formatIssue) };
}

/** Every string in a value, to check that no markup survives anywhere. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(['small.json', 'small.csv'])('importing %s', (name) => {
  const file = `${FIXTURES}/${name}`;
  const { story, report } = imported(importTimelineJs(read(name), file));
  const event = (id: string) => story.events.find((e) => e.id === id);

  it('gives a story that validates', () => {
    const checked = validateStory(story, file);
    expect(checked.ok ? [] : checked.issues.map(formatIssue)).toEqual([]);
  });

  it('keeps the title slide as the title and dek, as plain text', () => {
    expect(story.title).toBe('Two labs & a regulator');
    expect(story.dek).toMatch(/^A small (timeline|sheet)/);
  });

  it('turns HTML into plain text with entities decoded and no markup', () => {
    expect(event('lab-a-opens')?.summary).toMatch(
      /^Lab A opened on 4 March,? .*— see the report\.$/,
    );
    for (const s of strings(story)) expect(s).not.toMatch(/<[a-z/!]|&[a-z]+;/i);
  });

  it('follows the date parts given: day, span of days with a time, year alone, month to day', () => {
    expect(story.events.map((e) => [e.id, e.date.precision])).toEqual([
      ['lab-a-opens', 'day'],
      ['lab-b-s-long-trial', 'approximate'],
      ['a-year-with-only-a-year-2022', 'year'],
      ['regulator-consults', 'range'],
    ]);
    expect(event('a-year-with-only-a-year-2022')?.date).toEqual({
      precision: 'year',
      year: '2022',
    });
    // The start's time is kept (TimelineJS's Time column, start_date.hour and .minute).
    expect(event('regulator-consults')?.date).toEqual({
      precision: 'range',
      start: '2022-02-01T09:30',
      end: '2022-02-14',
    });
  });

  it('makes an actor per group, and "Ungrouped" for slides without one', () => {
    expect(story.groups.map((g) => g.label)).toEqual(['Labs', 'Ungrouped', 'Regulators']);
    expect(story.actors.map((a) => [a.id, a.group])).toEqual([
      ['labs', 'labs'],
      ['ungrouped', 'ungrouped'],
      ['regulators', 'regulators'],
    ]);
    expect(event('lab-a-opens')?.actors).toEqual(['labs']);
  });

  it('cites the file itself, quoting the event text or, failing that, the headline', () => {
    const fileSource = story.sources[0]!;
    expect(fileSource).toMatchObject({ id: 'small', url: null });
    expect(event('lab-a-opens')?.citations).toEqual([
      { source: 'small', quote: event('lab-a-opens')?.summary },
    ]);
    expect(event('lab-b-s-long-trial')?.citations[0]?.quote).toBe('Lab B’s long trial');
  });

  it('keeps an http(s) image on its event as an image and reports the javascript: one', () => {
    expect(story.sources).toHaveLength(1);
    expect(event('lab-a-opens')?.media).toEqual({
      type: 'image',
      src: 'https://example.org/a.jpg',
      alt: 'The opening',
      caption: 'The opening',
      credit: 'Example Photo',
    });
    expect(report).toContainEqual(
      expect.stringMatching(/\(id "lab-a-opens"\): image alt text taken from its caption/),
    );
    expect(strings(story).join(' ')).not.toMatch(/javascript:/);
    expect(report).toContainEqual(
      expect.stringMatching(
        /\(id "regulator-consults"\): media link "javascript:.*" is not an http: or https: URL; not kept$/,
      ),
    );
  });

  it.each([
    [/: (events\[4\]\.start_date|row 8, Year): event ".*" not imported: year -(44|500) is BCE/],
    [
      /: (eras\[0\]|row 3): era "The early years" \(2020–2022\) not kept: the story format has no eras$/,
    ],
    [/\(id "regulator-consults"\): display date "early February 2022" not kept/],
    [
      /: (title\.background|row 2, Background): background (colour #123456|image https:\/\/example\.org\/bg\.jpg) not kept$/,
    ],
    [/\(id "lab-a-opens"\): links in the text not kept: https:\/\/example\.org\/a$/],
    [/: \(root\): TimelineJS has no event kinds: every event is given kind "report"$/],
  ])('reports %s', (line) => {
    expect(report, report.join('\n')).toContainEqual(expect.stringMatching(line));
  });
});

describe('the JSON fixture alone', () => {
  const { report } = imported(importTimelineJs(read('small.json'), 'small.json'));

  it('reports an impossible day and a media thumbnail', () => {
    expect(report).toContain(
      'small.json: events[5].start_date: event "An impossible day" not imported: day "30" does not exist in February 2021',
    );
    expect(report).toContain(
      'small.json: events[0].media.thumbnail (id "lab-a-opens"): media thumbnail not kept: the image is its own',
    );
  });
});

describe('refusals', () => {
  const refusal = (result: ImportResult) =>
    result.ok ? '' : result.report.map(formatIssue).join('\n');

  it.each<[string, unknown, RegExp]>([
    ['an array', [], /expected a JSON object with an "events" list/],
    ['no events', { title: {} }, /there is no "events" list/],
    ['TimelineJS 2', { timeline: { headline: 'x', date: [] } }, /TimelineJS 2 file/],
    [
      'the cosmological scale',
      { scale: 'cosmological', events: [{ start_date: { year: 1 } }] },
      /cosmological scale \("scale": "cosmological"\); the story format has calendar dates from year 1 to 9999 only/,
    ],
    [
      'a slide on the cosmological scale',
      { events: [{ start_date: { year: 1 } }, { scale: 'cosmological' }] },
      /cosmological scale \(events\[1\] starts in year \?\)/,
    ],
    [
      'a year only the cosmological scale can draw',
      { events: [{ start_date: { year: 1 } }, { start_date: { year: '-13800000000' } }] },
      /cosmological scale \(events\[1\] starts in year -13800000000\)/,
    ],
    ['no events at all', { events: [] }, /\(root\): not imported: it has no events$/],
    [
      'a file whose every event is BCE',
      { events: [{ start_date: { year: -44 }, text: { headline: 'Ides' } }] },
      /events\[0\]\.start_date: event "Ides" not imported: year -44 is BCE[\s\S]*not imported: none of its events could be imported$/,
    ],
  ])('refuses %s', (_name, raw, message) => {
    expect(refusal(importTimelineJsJson(raw, 'x.json'))).toMatch(message);
  });

  it('refuses a sheet without a Year column, naming the template columns', () => {
    expect(refusal(importTimelineJsCsv('Date,Headline\n2020,x\n', 'x.csv'))).toMatch(
      /^x\.csv: \(root\): not a TimelineJS sheet: the first row has no "Year" column; expected the template's columns: Year, Month, Day,/,
    );
  });

  it('refuses a sheet with a cosmological year', () => {
    expect(refusal(importTimelineJsCsv('Year,Headline\n2020,a\n-4600000000,b\n', 'x.csv'))).toMatch(
      /cosmological scale \(row 3 starts in year -4600000000\)/,
    );
  });

  it('refuses a CSV whose quote never closes', () => {
    expect(refusal(importTimelineJsCsv('Year,Headline\n2020,"x\n', 'x.csv'))).toMatch(
      /not readable as CSV: row 2: a quoted field never closes/,
    );
  });

  it('refuses JSON that does not parse', () => {
    expect(refusal(importTimelineJs('{"events": [', 'x.json'))).toMatch(/not valid JSON/);
  });
});

describe('odd but readable input', () => {
  it('keeps an event with a null group, numeric parts and unknown fields, reporting the fields', () => {
    const { story, report } = imported(
      importTimelineJsJson(
        {
          events: [
            {
              start_date: { year: 2001, month: 9, day: 11 },
              text: { headline: 'One' },
              group: null,
              tags: ['x'],
            },
            { start_date: { year: '2001' }, text: { headline: 'One' } },
          ],
          extra: true,
        },
        'odd.json',
      ),
    );
    expect(story.events.map((e) => e.id)).toEqual(['one-2', 'one']);
    expect(story.title).toBe('odd');
    expect(report).toContain('odd.json: events[0].tags: field "tags" not imported');
    expect(report).toContain('odd.json: extra: field "extra" not imported');
  });
});

describe('npm run import', { timeout: 30_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...args], { encoding: 'utf8' });

  it.each(['small.json', 'small.csv'])(
    'writes %s as a story that npm run validate passes',
    (name) => {
      const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'story.json');
      const imported = run('scripts/import.ts', join(FIXTURES, name), '-o', out);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stderr).toMatch(/imported 4 events, 3 actors, 1 source/);
      expect(imported.stderr).toMatch(/Not kept or changed \(\d+\):\n {2}tests\/fixtures/);
      const validated = run('scripts/validate.ts', out);
      expect(validated.stdout).toMatch(/: ok — 4 events, 3 actors, 1 source, 4 quotes/);
      expect(validated.status).toBe(0);
    },
  );

  it('prints the story to stdout without -o, and refuses with exit 1', () => {
    const printed = run('scripts/import.ts', join(FIXTURES, 'small.csv'));
    expect(JSON.parse(printed.stdout)).toMatchObject({ title: 'Two labs & a regulator' });
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    writeFileSync(join(dir, 'cosmos.json'), '{"scale": "cosmological", "events": []}');
    const refused = run('scripts/import.ts', join(dir, 'cosmos.json'));
    expect(refused.stderr).toMatch(/cosmos\.json: not imported\n.*cosmological/);
    expect(refused.status).toBe(1);
    expect(run('scripts/import.ts').status).toBe(2);
  });

  it('escapes control characters in its report and in the story it prints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-'));
    const title = 'T\u009b2J\u202eevil';
    const timeline = {
      title: { text: { headline: title } },
      events: [
        { start_date: { year: 2001 }, text: { headline: 'One' }, '\u001b]0;pwned\u0007': 1 },
      ],
    };
    writeFileSync(join(dir, 'tl.json'), JSON.stringify(timeline));
    const printed = run('scripts/import.ts', join(dir, 'tl.json'));
    expect(printed.status, printed.stderr).toBe(0);
    // eslint-disable-next-line no-control-regex -- looking for raw control characters
    const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;
    expect(printed.stderr).not.toMatch(raw);
    expect(printed.stderr).toContain('\\u001b]0;pwned\\u0007');
    expect(printed.stdout).not.toMatch(raw);
    // The controls a story may not hold are left out of its texts.
    expect(JSON.parse(printed.stdout)).toMatchObject({ title: 'T2Jevil' });
  });
});

describe('media that is not an image file', () => {
  it('is kept as a link with its caption and credit', () => {
    const timeline = {
      events: [
        {
          start_date: { year: '2021', month: '3', day: '4' },
          text: { headline: 'A fictional video', text: 'A video of a made-up event.' },
          media: {
            url: 'https://video.example.org/watch?v=1',
            caption: 'The <i>video</i>',
            credit: 'Example Video',
          },
        },
        {
          start_date: { year: '2021', month: '3', day: '5' },
          text: { headline: 'An uncredited image', text: 'A made-up picture.' },
          media: { url: 'https://example.org/b.png' },
        },
      ],
    };
    const result = importTimelineJs(JSON.stringify(timeline), 'media.json');
    expect(result.ok).toBe(true);
    const events = result.ok ? result.story.events : [];
    expect(events[0]?.media).toEqual({
      type: 'link',
      url: 'https://video.example.org/watch?v=1',
      caption: 'The video',
      credit: 'Example Video',
    });
    expect(events[1]?.media).toEqual({
      type: 'link',
      url: 'https://example.org/b.png',
      caption: 'Media for “An uncredited image”',
    });
    expect(result.report.map((r) => r.message)).toContain(
      'image without both a caption and a credit kept as a link',
    );
  });
});

describe('a sheet’s video row', () => {
  const header =
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
  const row = (media: string, thumbnail: string) =>
    `2021,3,4,,,,,,,A fictional hearing,What was said.,${media},Example TV,The <b>hearing</b>,${thumbnail},,,`;

  it('keeps the video’s address, caption, credit and thumbnail, for a video card', () => {
    const csv = [header, row('https://youtu.be/dQw4w9WgXcQ?t=42', 'media/hearing.jpg')].join('\n');
    const result = importTimelineJs(csv, 'sheet.csv');
    const media = result.ok ? result.story.events[0]?.media : undefined;
    expect(media).toEqual({
      type: 'link',
      url: 'https://youtu.be/dQw4w9WgXcQ?t=42',
      caption: 'The hearing',
      credit: 'Example TV',
      thumbnail: 'media/hearing.jpg',
    });
    expect(recognizeMedia(media?.type === 'link' ? media.url : '')).toMatchObject({
      kind: 'video',
      service: 'YouTube',
    });
    expect(result.ok && validateStory(result.story, 'sheet.csv').ok).toBe(true);
  });

  it('keeps the same from TimelineJS JSON', () => {
    const timeline = {
      events: [
        {
          start_date: { year: '2021', month: '3', day: '4' },
          text: { headline: 'A fictional hearing', text: 'What was said.' },
          media: {
            url: 'https://vimeo.com/76979871',
            caption: 'The hearing',
            credit: 'Example TV',
            thumbnail: 'https://i.example.org/t.jpg',
          },
        },
      ],
    };
    const result = importTimelineJs(JSON.stringify(timeline), 'video.json');
    expect(result.ok ? result.story.events[0]?.media : undefined).toMatchObject({
      type: 'link',
      url: 'https://vimeo.com/76979871',
      thumbnail: 'https://i.example.org/t.jpg',
    });
  });

  it('says which sites the build must list for the players, and reports a thumbnail not on the web', () => {
    const csv = [
      header,
      row('https://youtu.be/dQw4w9WgXcQ', 'javascript:x'),
      row('https://www.openstreetmap.org/#map=12/52.5/13.4', ''),
    ].join('\n');
    const result = importTimelineJs(csv, 'sheet.csv');
    const report = result.report.map(formatIssue);
    expect(report).toContainEqual(
      expect.stringMatching(
        /media thumbnail "javascript:x" is neither a path nor an http: or https: URL; not kept$/,
      ),
    );
    expect(report).toContainEqual(
      expect.stringMatching(
        /2 videos, maps or audio .*VITE_MEDIA_ORIGINS=https:\/\/www\.youtube-nocookie\.com,https:\/\/www\.openstreetmap\.org/,
      ),
    );
  });
});
