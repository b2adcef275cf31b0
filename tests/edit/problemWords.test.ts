import { checkDraft } from '../../src/edit/checks';
import { fieldLabel, placeOf, sayProblem } from '../../src/edit/problemWords';
import { blankEvent } from '../../src/edit/blank';
import type { Story, TimelineEvent } from '../../src/data/schema';
import { fictionalStory } from './editorFixture';

/** A story of `n` dated events whose list order is the reverse of their date order. */
function storyOf(n: number): Story {
  const story = fictionalStory();
  const first = story.events[0]!;
  const events: TimelineEvent[] = Array.from({ length: n }, (_, i) => ({
    ...first,
    id: `e${i}`,
    title: `Event number ${i}`,
    date: { precision: 'day', date: `2031-05-${String(20 - i).padStart(2, '0')}` },
  }));
  return { ...story, events };
}

const texts = (story: Story, path: string) =>
  checkDraft(story, {})
    .byPath.get(path)
    ?.map((p) => p.text) ?? [];

describe('the editor’s words for a problem', () => {
  it('names an event by its title and its row in the date-ordered table, and the field by its label', () => {
    const story = storyOf(4);
    // events[3] has the earliest date: the table's first row.
    expect(placeOf('events[3].date.date', story)).toBe('Event “Event number 3” (row 1) › Day');
    expect(placeOf('events[0].citations[1].quote', story)).toBe(
      'Event “Event number 0” (row 4) › Citation 2 › Quote',
    );
    expect(placeOf('sources[1].url', story)).toBe('Source 2 › URL');
    expect(placeOf('title', story)).toBe('Headline');
    expect(fieldLabel('events[0].figures[2].citation.quote')).toBe('Quote giving the number');
  });

  it('names a media thumbnail that is not a picture’s address, and a player the build does not list', () => {
    const story = storyOf(1);
    story.events[0] = {
      ...story.events[0]!,
      media: {
        type: 'link',
        url: 'https://vimeo.com/76979871',
        caption: 'A clip.',
        thumbnail: 'ftp://example.org/t.jpg',
      },
    };
    expect(placeOf('events[0].media.thumbnail', story)).toBe(
      'Event “Event number 0” (row 1) › Thumbnail',
    );
    expect(texts(story, 'events[0].media.thumbnail')).toEqual([
      '“ftp://example.org/t.jpg” is neither a path on the story’s site nor a web address: write media/photo.jpg or an address that starts with https://.',
    ]);
    const sites = { readerUrl: 'https://news.example.org/t/', origins: [] };
    const note = checkDraft(story, {}, {}, sites).byPath.get('events[0].media.url');
    expect(note?.map((p) => [p.level, p.text])).toEqual([
      [
        'note',
        'Readers will see a link to this video, not the player: the timeline’s build does not list player.vimeo.com (build option VITE_MEDIA_ORIGINS=https://player.vimeo.com, where it loads when a reader asks).',
      ],
    ]);
    const listed = { ...sites, origins: ['https://player.vimeo.com'] };
    expect(checkDraft(story, {}, {}, listed).byPath.get('events[0].media.url')).toBeUndefined();
  });

  it('says how long a text is and what the limit is, not zod’s words', () => {
    const story = storyOf(2);
    story.events[1] = { ...story.events[1]!, title: 'x'.repeat(300) };
    expect(texts(story, 'events[1].title')).toEqual([
      'The title is 300 characters; the limit is 140. Shorten it.',
    ]);
  });

  it.each([
    ['an empty field', { title: '' }, 'events[0].title', '“Title” is empty: fill it in.'],
    [
      'a day with a time',
      { date: { precision: 'day', date: '2031-05-01T10:00' } },
      'events[0].date.date',
      '“2031-05-01T10:00” has a time of day: choose the precision Time, or write the day alone (YYYY-MM-DD).',
    ],
    [
      'a link that is not a web address',
      { media: { type: 'link', url: 'javascript:alert(1)', caption: 'c' } },
      'events[0].media.url',
      '“javascript:alert(1)” is not a web address: write one that starts with https://.',
    ],
  ] as const)('says what to do about %s, with no JSON to copy', (_, change, path, words) => {
    const story = storyOf(1);
    story.events[0] = { ...story.events[0]!, ...change } as TimelineEvent;
    const said = texts(story, path);
    expect(said).toEqual([words]);
    expect(said.join()).not.toMatch(/[{}]|events\[|Too big|precision"/);
  });

  it('lets a source’s address be left empty, and names no source twice', () => {
    const story = storyOf(1);
    story.sources[0] = { ...story.sources[0]!, url: 'ftp://example.org/x' };
    expect(texts(story, 'sources[0].url')).toEqual([
      '“ftp://example.org/x” is not a web address: write one that starts with https://, or leave it empty.',
    ]);
    const c = story.events[0]!.citations[0]!;
    const warning = checkDraft(story, { [c.source]: 'other words' }).warnings[0]!.text;
    expect(warning).toBe(
      '“the spout is ours” is not word for word in the text pasted for “Teapots at dawn”.',
    );
  });

  it('names the other item that holds a duplicate id', () => {
    const story = storyOf(2);
    story.events[1] = { ...story.events[1]!, id: 'e0' };
    expect(texts(story, 'events[1].id')).toEqual([
      'Event “Event number 0” (row 2) already has the id “e0”: give each its own.',
    ]);
  });

  it('falls back to the validator’s message as a sentence, with a plain hint', () => {
    expect(
      sayProblem(
        {
          path: 'updated',
          message: 'updated 2031-01-01 is before published 2031-02-01',
          hint: 'a story is updated on or after the day it is published',
        },
        storyOf(1),
      ),
    ).toBe(
      'Updated 2031-01-01 is before published 2031-02-01. A story is updated on or after the day it is published.',
    );
  });
});

describe('every problem at once', () => {
  it('flags a duplicate id, an unknown source and a javascript: link while other fields are empty', () => {
    const story = storyOf(1);
    const blank = blankEvent('e0', story);
    story.events.push({
      ...blank,
      citations: [{ source: 'nowhere', quote: '' }],
      media: { type: 'link', url: 'javascript:alert(1)', caption: '' },
    });
    const checks = checkDraft(story, {});
    expect(checks.byPath.get('events[1].id')?.[0]?.text).toMatch(/already has the id “e0”/);
    expect(checks.byPath.get('events[1].citations[0].source')?.[0]?.text).toMatch(
      /No source has the id “nowhere”/,
    );
    expect(checks.byPath.get('events[1].media.url')?.[0]?.text).toMatch(/is not a web address/);
    expect(checks.byPath.get('events[1].media.caption')?.[0]?.text).toBe(
      '“Caption” is empty: fill it in.',
    );
  });

  it('notes an image on a site the build does not list, without blocking the download', () => {
    const story = storyOf(1);
    story.events[0] = {
      ...story.events[0]!,
      media: {
        type: 'image',
        src: 'https://images.example.org/a.jpg',
        alt: 'a',
        caption: 'c',
        credit: 'c',
      },
    };
    const sites = { readerUrl: 'https://news.example.com/graphics/', origins: [] };
    const checks = checkDraft(story, {}, {}, sites);
    expect(checks.errors).toEqual([]);
    expect(checks.byPath.get('events[0].media.src')?.[0]).toMatchObject({
      level: 'note',
      text: expect.stringMatching(/another site \(images\.example\.org\): readers will see a link/),
    });
    const listed = { ...sites, origins: ['https://images.example.org'] };
    expect(checkDraft(story, {}, {}, listed).warnings).toEqual([]);
  });
});
