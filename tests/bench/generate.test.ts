import { describe, expect, it } from 'vitest';
import { validateStory } from '../../src/data/validate';
import { formatIssue } from '../../src/data/issues';
import { EVENT_KINDS } from '../../src/data/schema';
import { generateStory, KINDS } from '../../scripts/bench/generate.mjs';
import { toTimelineJS } from '../../scripts/bench/timelinejsFormat.mjs';
import { toVisItems } from '../../scripts/bench/visFormat.mjs';
import { spanOf } from '../../scripts/bench/dates.mjs';
import { generateWideStory } from '../../scripts/bench/wideStory.mjs';
import { MAX_ACTORS, MAX_ANNOTATIONS } from '../../src/data/limits';

describe('the benchmark story generator', () => {
  const story = generateStory(500, 42);

  it('makes a valid story', () => {
    const result = validateStory(story, 'generated.json');
    expect(result.ok ? [] : result.issues.slice(0, 5).map(formatIssue)).toEqual([]);
  });

  it('draws its kinds from the story schema, all of them', () => {
    expect(KINDS).toEqual([...EVENT_KINDS]);
  });

  it('is deterministic: same seed, same story; another seed, another story', () => {
    expect(JSON.stringify(generateStory(500, 42))).toBe(JSON.stringify(story));
    expect(JSON.stringify(generateStory(500, 43))).not.toBe(JSON.stringify(story));
  });

  it('has the mix the benchmark needs', () => {
    expect(story.events).toHaveLength(500);
    const ids = story.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(500);
    expect(ids[123]).toBe('e000123');
    const precisions = new Set(story.events.map((e) => e.date.precision));
    expect([...precisions].sort()).toEqual(['approximate', 'day', 'month', 'range']);
    expect(story.actors.length).toBeGreaterThanOrEqual(8);
    expect(story.groups.length).toBeGreaterThanOrEqual(4);
    expect(story.sources.length).toBeGreaterThanOrEqual(3);
    expect(story.events.some((e) => e.actors.length > 1)).toBe(true);
    expect(story.events.every((e) => e.citations.length >= 1)).toBe(true);
    for (const e of story.events) expect(EVENT_KINDS).toContain(e.kind);
    const first = new Date(spanOf(story.events[0]!.date)[0]).getUTCFullYear();
    const last = new Date(spanOf(story.events.at(-1)!.date)[0]).getUTCFullYear();
    expect(first).toBe(2019);
    expect(last).toBe(2026);
  });

  it('converts to vis-timeline items and TimelineJS slides, one per event', () => {
    const items = toVisItems(story);
    expect(items).toHaveLength(500);
    for (const item of items) {
      expect(item.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (item.end) expect(item.end > item.start).toBe(true);
    }
    const tl = toTimelineJS(story);
    expect(tl.events).toHaveLength(500);
    expect(tl.events[0]!.start_date.year).toBe(2019);
    expect(tl.events.every((s) => s.text.headline.length > 0)).toBe(true);
  });
});

describe('the wide benchmark stories', () => {
  it('are valid up to the limits, and refused one past them with the limit named', () => {
    const ok = generateWideStory({ actors: MAX_ACTORS, annotations: MAX_ANNOTATIONS });
    const result = validateStory(ok, 'wide.json');
    expect(result.ok ? [] : result.issues.slice(0, 5).map(formatIssue)).toEqual([]);
    const over = validateStory(
      generateWideStory({ actors: MAX_ACTORS + 1, annotations: MAX_ANNOTATIONS + 1 }),
      'wider.json',
    );
    expect(over.ok ? [] : over.issues.map((i) => i.path)).toEqual(['actors', 'annotations']);
  });
});
