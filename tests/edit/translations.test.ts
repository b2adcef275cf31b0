import { readFileSync } from 'node:fs';
import type { Story, StoryFile } from '../../src/data/schema';
import {
  carryTranslations,
  joinTranslations,
  splitTranslations,
  translatedCount,
} from '../../src/edit/translations';
import { checkDraft } from '../../src/edit/checks';
import { textSlots } from '../../src/data/textSlots';
import { fictionalStory } from './editorFixture';

const bundled = JSON.parse(readFileSync('data/story.json', 'utf8')) as StoryFile;

describe('translations', () => {
  it('takes the bundled story apart and puts it back as it was', () => {
    const { story, translations } = splitTranslations(bundled);
    expect(typeof story.title).toBe('string');
    expect(Object.keys(translations)).toEqual(['de']);
    expect(joinTranslations(story, translations)).toEqual(bundled);
  });

  it('keeps a story without translations as plain strings', () => {
    const story = fictionalStory();
    expect(joinTranslations(story, {})).toEqual(story);
    expect(joinTranslations(story, { de: {} })).toEqual(story);
  });

  it('writes a translated text as a map with the story’s language first', () => {
    const story = fictionalStory();
    const file = joinTranslations(story, {
      de: { 'events[#spout-dispute].title': 'Tüllenstreit' },
    });
    expect(file.events[0]?.title).toEqual({ en: 'Spout dispute', de: 'Tüllenstreit' });
    expect(file.title).toBe(story.title);
    expect(
      translatedCount(textSlots(story), { de: { title: 'Die Teekannen-Affäre' } }, 'de'),
    ).toEqual({
      done: 1,
      total: 11,
    });
  });

  it('follows an event whose id changes, and gives a deleted event’s words to no other', () => {
    const story = fictionalStory();
    const tr = { de: { 'events[#spout-dispute].title': 'Tüllenstreit' } };
    const renamed: Story = {
      ...story,
      events: story.events.map((e) => ({ ...e, id: 'spout-row' })),
    };
    expect(carryTranslations(story, renamed, tr)).toEqual({
      de: { 'events[#spout-row].title': 'Tüllenstreit' },
    });
    const two: Story = {
      ...story,
      events: [...story.events, { ...story.events[0]!, id: 'lid-dispute', title: 'Lid dispute' }],
    };
    const gone: Story = { ...two, events: two.events.slice(1) };
    expect(carryTranslations(two, gone, tr)).toEqual(tr);
  });

  it('checks translations with the validator, each problem at its own field', () => {
    const story = { ...fictionalStory(), title: '' };
    const checks = checkDraft(story, {}, { de: { title: 'x'.repeat(200) } });
    expect(checks.byPath.get('title')?.[0]?.text).toBe('“Headline” is empty: fill it in.');
    expect(checks.byPath.get('title.de')?.[0]?.text).toMatch(
      /^The headline \(de\) is 200 characters; the limit is 160\./,
    );
  });
});
