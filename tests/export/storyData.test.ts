import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import type { Story } from '../../src/data/schema';
import { filteredStory } from '../../src/export/storyData';
import { indexStory } from '../../src/timeline/storyIndex';
import { selectVisibleEvents } from '../../src/store/selectors';

function bundled(): Story {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return resolveStory(result.data, 'en');
}

/** Round-trips through JSON, as the downloaded file does, and validates it. */
function roundTrip(story: Story) {
  return validateStory(JSON.parse(JSON.stringify(story)), 'export.json');
}

describe('filteredStory', () => {
  const story = bundled();
  const index = indexStory(story);
  const visibleFor = (actors: string[] | null) =>
    new Set(selectVisibleEvents({ index, activeActors: actors }).map((e) => e.id));

  it('is the whole story, still valid, when nothing is filtered', () => {
    const out = filteredStory(story, visibleFor(null));
    expect(roundTrip(out).ok).toBe(true);
    expect(out.events).toHaveLength(story.events.length);
    expect(out.actors).toHaveLength(story.actors.length);
    expect(out.annotations).toEqual(story.annotations);
    expect(out.steps).toEqual(story.steps);
  });

  it.each([
    [['deepseek']],
    [['bloomberg']],
    [['alibaba', 'senate']],
    [['house']],
    [['white-house', 'openai']],
  ])('is a valid story holding only the events for %j', (actors) => {
    const ids = visibleFor(actors);
    const out = filteredStory(story, ids);
    const result = roundTrip(out);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(out.events.map((e) => e.id).sort()).toEqual([...ids].sort());
  });

  it('keeps only the actors, groups and sources the kept events use', () => {
    const out = filteredStory(story, new Set(['house-bill']));
    expect(out.actors.map((a) => a.id)).toEqual(['house']);
    expect(out.groups.map((g) => g.id)).toEqual(['us-government']);
    const quoted = new Set(out.events.flatMap((e) => e.citations.map((c) => c.source)));
    expect(new Set(out.sources.map((s) => s.id))).toEqual(quoted);
  });

  it('keeps actors named only in figures, so the campaign figures stay valid', () => {
    const out = filteredStory(story, new Set(['february-disclosure']));
    expect(out.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['deepseek', 'moonshot', 'minimax']),
    );
    expect(roundTrip(out).ok).toBe(true);
  });

  it('drops annotations and steps that point at events left out', () => {
    const out = filteredStory(story, new Set(['house-bill']));
    expect(out.annotations).toBeUndefined();
    expect(out.steps).toBeUndefined();
  });

  it('is still a valid story with no events', () => {
    const out = filteredStory(story, new Set());
    expect(out.events).toEqual([]);
    expect(roundTrip(out).ok).toBe(true);
  });

  it('keeps the title, dek, credit and dates', () => {
    const out = filteredStory(story, visibleFor(['deepseek']));
    expect(out).toMatchObject({
      title: story.title,
      dek: story.dek,
      credit: story.credit,
      updated: story.updated,
    });
  });
});
