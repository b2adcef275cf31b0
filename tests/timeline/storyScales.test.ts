import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import type { StoryFile } from '../../src/data/schema';
import { resolveStory } from '../../src/data/localText';
import { indexStory } from '../../src/timeline/storyIndex';
import { defaultScaleKind } from '../../src/store';
import { createStoryScale } from '../../src/timeline/scales';
import { getTicks } from '../../src/timeline/ticks';
import { anchorsOf, chooseBreaks } from '../../src/timeline/breaks';
import { listGaps } from '../../src/timeline/listGaps';
import { pinTimeZone } from '../fixtures/story';

pinTimeZone('America/Los_Angeles');

const index = indexStory(resolveStory(rawStory as unknown as StoryFile, 'en'));
const WIDTHS = [320, 360, 375, 400, 480, 600, 768, 836, 1024, 1280];

describe('the bundled story on its scales', () => {
  it('opens with quiet stretches shortened, and names the stretch it shortens', () => {
    expect(defaultScaleKind(index)).toBe('breaks');
    const scale = createStoryScale(index.spans, 'breaks', 836);
    expect(scale.warp.breaks).toHaveLength(1);
    const [b] = scale.warp.breaks;
    // Between February's disclosure and April's memorandum: no event, no range.
    expect(new Date(b!.fromMs).toISOString().slice(0, 7)).toBe('2026-02');
    expect(new Date(b!.toMs).toISOString().slice(0, 7)).toBe('2026-04');
  });

  it.each(['linear', 'breaks', 'sequence'] as const)(
    'has at least four axis labels at every width from 320 px, %s',
    (kind) => {
      const few = WIDTHS.flatMap((w) => {
        const { ticks } = getTicks(createStoryScale(index.spans, kind, w), { twoLevel: true });
        const labels = ticks.filter((t) => t.label && t.x + t.label.length * 7.5 <= w);
        return labels.length >= 4 ? [] : [`${w}px: ${labels.map((t) => t.label).join(', ')}`];
      });
      expect(few).toEqual([]);
    },
  );

  it('gives a sequence a date only where the day is known', () => {
    const { ticks } = getTicks(createStoryScale(index.spans, 'sequence', 1280), { twoLevel: true });
    const labels = ticks.filter((t) => t.level === 0 && t.label).map((t) => t.label);
    expect(labels).toContain('10 Jun');
    expect(labels).toContain('12 Jun');
    // February is known only to the month: no "15 Feb".
    expect(labels.some((l) => l.endsWith('Feb'))).toBe(false);
  });
});

describe('the list follows the scale', () => {
  const ids = index.events.map((e) => e.id);
  const breaks = chooseBreaks(anchorsOf(index.spans));

  it('notes the shortened stretch where it falls, and nothing in true time', () => {
    const gaps = listGaps(ids, index.spans, 'breaks', breaks);
    expect([...gaps.values()]).toEqual(['about 2 months later']);
    expect(gaps.has('ostp-memorandum')).toBe(true);
    expect(listGaps(ids, index.spans, 'linear', []).size).toBe(0);
  });

  it('gives the time between every two dates in a sequence', () => {
    const gaps = listGaps(ids, index.spans, 'sequence', []);
    // From the campaign's first day to the middle of "about June": an estimate, said so.
    expect(gaps.get('pentagon-list')).toBe('about 8 weeks later');
  });
});
