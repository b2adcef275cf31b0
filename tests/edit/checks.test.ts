import { readFileSync } from 'node:fs';
import { checkDraft, countUnder } from '../../src/edit/checks';
import { previewStory } from '../../src/edit/previewStory';
import { openStoryFile } from '../../src/edit/openFile';
import { blankEvent, blankStory } from '../../src/edit/blank';
import { impossibleDay, makeStory } from '../fixtures/story';
import { collectQuotes } from '../../src/data/quoteCheck';
import type { Story } from '../../src/data/schema';

function oneEventStory(): Story {
  const story = makeStory();
  return { ...story, annotations: [], steps: [] };
}

describe('checkDraft', () => {
  it('puts the validator’s words at the field', () => {
    const story = makeStory();
    const first = story.events[0]!;
    story.events[0] = { ...first, date: impossibleDay() };
    const checks = checkDraft(story, {});
    expect(checks.byPath.get('events[0].date.date')?.map((p) => p.text)).toEqual([
      '2026-02-30 is not a calendar date. Check the month and day.',
    ]);
    expect(countUnder(checks, 'events[0]')).toBe(1);
    expect(countUnder(checks, 'events[1]')).toBe(0);
  });

  it('flags a quote that is not verbatim in its source’s text, as a warning', () => {
    const story = makeStory();
    const c = story.events[0]!.citations[0]!;
    const all = collectQuotes(story).filter((q) => q.source === c.source);
    const texts = { [c.source]: `Before. ${all.map((q) => q.quote).join(' ')} After.` };
    expect(checkDraft(story, texts).warnings).toEqual([]);
    const changed = { [c.source]: 'A text without the quote.' };
    const warnings = checkDraft(story, changed).warnings;
    expect(warnings[0]?.path).toBe('events[0].citations[0].quote');
    expect(warnings[0]?.text).toMatch(/is not word for word in the text pasted for “/);
    expect(warnings[0]?.level).toBe('warning');
  });

  it('leaves quotes unchecked when their source has no text', () => {
    expect(checkDraft(makeStory(), {}).warnings).toEqual([]);
  });

  it('checks a new event’s calendar date before its other fields are written', () => {
    const story = blankStory();
    story.events.push({
      ...blankEvent('e', story),
      date: impossibleDay(),
    });
    expect(
      checkDraft(story, {})
        .byPath.get('events[0].date.date')
        ?.map((p) => p.text),
    ).toEqual(['2026-02-30 is not a calendar date. Check the month and day.']);
  });

  it('lists what a blank story still needs', () => {
    const paths = checkDraft(blankStory(), {}).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'dek', 'credit', 'actors[0].name']));
  });
});

describe('previewStory', () => {
  it('draws a valid story as it is', () => {
    const story = oneEventStory();
    expect(previewStory(story)).toEqual({ ok: true, story, hiddenEvents: 0 });
  });

  it('leaves out events with problems and stands in for empty headings', () => {
    const story = { ...oneEventStory(), title: '' };
    story.events.push(blankEvent('new-one', story));
    const preview = previewStory(story);
    expect(preview.ok && preview.hiddenEvents).toBe(1);
    expect(preview.ok && preview.story.title).toBe('Untitled story');
  });

  it('draws a blank story with no events', () => {
    expect(previewStory(blankStory()).ok).toBe(true);
  });
});

describe('openStoryFile', () => {
  it('opens our own story', () => {
    const opened = openStoryFile(readFileSync('data/story.json', 'utf8'), 'story.json');
    expect(opened.ok && opened.from).toBe('story');
  });

  it('opens a story with problems, listing them in the validator’s words', () => {
    const story = { ...makeStory(), title: '' };
    const opened = openStoryFile(JSON.stringify(story), 'mine.json');
    expect(opened.ok).toBe(true);
    expect(opened.report.map((i) => `${i.path}: ${i.message}`)).toContain(
      'title: must not be empty',
    );
  });

  it.each(['small.json', 'small.csv'])('imports the TimelineJS file %s', (name) => {
    const text = readFileSync(`tests/fixtures/timelinejs/${name}`, 'utf8');
    const opened = openStoryFile(text, name);
    expect(opened.ok && opened.from).toBe('timelinejs');
    expect(opened.ok && opened.story.events.length).toBeGreaterThan(0);
    expect(opened.report.length).toBeGreaterThan(0);
  });

  it('refuses text that is not JSON with the validator’s message', () => {
    const opened = openStoryFile('{"title": ', 'broken.json');
    expect(opened.ok).toBe(false);
    expect(opened.report[0]?.message).toMatch(/^not valid JSON/);
  });
});
