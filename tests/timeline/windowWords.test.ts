import rawStory from '../../data/story.json';
import { resolveStory } from '../../src/data/localText';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import { createStoryScale } from '../../src/timeline/scales';
import { viewToDomain } from '../../src/timeline/zoom';
import { windowWords } from '../../src/timeline/windowWords';
import { describeView } from '../../src/export/imageLayout';
import { parseDay, type EventSpan } from '../../src/data/dateParse';
import fc from 'fast-check';

function bundledIndex() {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return indexStory(resolveStory(result.data, 'en'));
}

describe('windowWords', () => {
  const index = bundledIndex();
  const opening = (widthPx: number) =>
    viewToDomain(createStoryScale(index.spans, 'breaks', widthPx), { k: 1, x: 0 });

  it('words the whole story alike at the picture’s width and the page’s', () => {
    // The margins differ by width: the picture's window ended a day later than the page's.
    const picture = describeView(index, null, opening(608), true).range;
    const page = windowWords(index.spans, opening(1248), true);
    expect(picture).toBe(page);
    expect(page).toBe('1 February – 30 June 2026');
  });

  it('words a zoomed window by its edges', () => {
    const domain = [parseDay('2026-04-01'), parseDay('2026-06-30')] as const;
    expect(windowWords(index.spans, domain, false)).toBe('1 April – 30 June 2026');
    expect(describeView(index, null, domain).range).toBe('1 April – 30 June 2026');
  });

  it('words the whole story by its first and last day, asked again or not', () => {
    const spanArb = fc
      .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 400 }))
      .map(([d, len]): EventSpan => ({
        startMs: d * 86_400_000,
        endMs: (d + len) * 86_400_000,
        precision: 'range',
      }));
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 1, maxLength: 30 }), (list) => {
        const spans = new Map(list.map((s, i) => [`e${i}`, s]));
        const lo = Math.min(...list.map((s) => s.startMs));
        const hi = Math.max(...list.map((s) => s.endMs));
        const one = new Map([['all', { startMs: lo, endMs: hi, precision: 'range' } as EventSpan]]);
        const expected = windowWords(one, [0, 1], true);
        expect(windowWords(spans, [0, 1], true)).toBe(expected);
        expect(windowWords(spans, [0, 1], true)).toBe(expected);
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});
