import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import type { StoryFile } from '../../src/data/schema';
import { resolveStory, storyLanguages } from '../../src/data/localText';
import { missingDefaultTexts } from '../../src/data/missingDefaultTexts';
import { validateStory } from '../../src/data/validate';
import { makeStory } from '../fixtures/story';

const file = rawStory as unknown as StoryFile;

describe('texts in several languages', () => {
  it('finds the bundled story’s languages, its own first', () => {
    expect(storyLanguages(file)).toEqual(['en', 'de']);
  });

  it('resolves every text to the language asked for, else the story’s own', () => {
    const de = resolveStory(file, 'de');
    expect(de.title).toBe('Der Streit um KI-Destillationsangriffe, 2026');
    expect(de.actors.find((a) => a.id === 'senate')?.name).toBe('Senat');
    expect(de.actors.find((a) => a.id === 'anthropic')?.name).toBe('Anthropic');
    const fr = resolveStory(file, 'fr');
    expect(fr.title).toBe('The fight over AI distillation attacks, 2026');
  });

  it('keeps a date label only where it is written in the reader’s language', () => {
    // A generated story: one label in English and German, one in English only, one plain (a
    // story in one language: kept, its labels are all it has).
    const story = makeStory() as StoryFile;
    const [a, b, c] = story.events as StoryFile['events'];
    const approx = (label: unknown) =>
      ({
        precision: 'approximate',
        start: '2026-06-24',
        end: '2026-06-30',
        basis: 'x',
        label,
      }) as never;
    a!.date = approx({ en: 'reported on or after 24 June 2026', de: 'am oder nach dem 24. Juni' });
    b!.date = approx({ en: 'reported on or after 12 June 2026' });
    c!.date = approx('by one account');
    const labels = (lang: string) => resolveStory(story, lang).events.map((e) => e.date.label);
    expect(labels('en')).toEqual([
      'reported on or after 24 June 2026',
      'reported on or after 12 June 2026',
      'by one account',
    ]);
    expect(labels('de')).toEqual(['am oder nach dem 24. Juni', undefined, 'by one account']);
    expect(labels('fr')).toEqual([undefined, undefined, 'by one account']);
  });

  it('never translates a quote in place: it keeps its words and carries ours beside them', () => {
    const de = resolveStory(file, 'de');
    const c = de.events.find((e) => e.id === 'letter')?.citations[0];
    expect(c?.quote).toBe(
      'The letter was addressed to Sen. Tim Scott, R-S.C., and Sen. Elizabeth Warren, D-Mass.',
    );
    expect(c?.translations?.de).toMatch(/^Der Brief war an Senator Tim Scott/);
  });

  it('returns a story without maps as it is, not a copy', () => {
    const story = makeStory();
    expect(resolveStory(story, 'de')).toBe(story);
  });

  it('names a text that lacks the story’s language, and the validator reports it', () => {
    const story = makeStory() as StoryFile;
    const broken = {
      ...story,
      events: story.events.map((e, i) => (i === 1 ? { ...e, title: { de: 'Nur Deutsch' } } : e)),
    } as unknown as StoryFile;
    expect(missingDefaultTexts(broken)).toEqual(['events[1].title']);
    const result = validateStory(broken, 'f.json');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual(
        expect.objectContaining({
          path: 'events[1].title',
          message: "this text has no version in the story's language (en)",
        }),
      );
  });

  it('accepts a story written in German with English beside it', () => {
    const story = makeStory();
    const result = validateStory(
      { ...story, language: 'de', title: { de: 'Titel', en: 'Title' } },
      'f.json',
    );
    expect(result.ok).toBe(true);
  });
});
