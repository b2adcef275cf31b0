import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fullTitleOf, type FullTitleInput } from '../../src/timeline/fullTitle';

const TITLE =
  'Headline 7: officials said on the record that the agreement reached late on Tuesday would be reviewed by the committee';

const input = (over: Partial<FullTitleInput> = {}): FullTitleInput => ({
  title: TITLE,
  markX: 400,
  textDx: -6,
  anchor: 'start',
  labelPx: 210,
  titlePx: 13,
  maxLines: 8,
  viewPx: 1200,
  ...over,
});

describe('fullTitleOf', () => {
  it('lays a cut title out whole where its label starts, as wide as the label', () => {
    const box = fullTitleOf(input());
    expect(box.cut).toBe(false);
    expect(box.lines.join(' ')).toBe(TITLE);
    expect(box.dx).toBe(-6);
    expect(box.widthPx).toBeLessThanOrEqual(210);
  });

  it('ends where a label that ends at its mark ends', () => {
    const box = fullTitleOf(input({ anchor: 'end', textDx: 6 }));
    expect(box.dx + box.widthPx).toBeCloseTo(6);
  });

  it('widens where the rows under the mark hold fewer lines than it needs', () => {
    const box = fullTitleOf(input({ maxLines: 3 }));
    expect(box.cut).toBe(false);
    expect(box.lines.length).toBeLessThanOrEqual(3);
    expect(box.widthPx).toBeGreaterThan(210);
  });

  it('for any mark, label and view: inside the view, every word in order unless it says cut', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 320, max: 1400 }),
        fc.integer({ min: -300, max: 300 }),
        fc.constantFrom('start', 'end' as const),
        fc.integer({ min: 1, max: 12 }),
        (x, viewPx, textDx, anchor, maxLines) => {
          const markX = Math.min(x, viewPx);
          const box = fullTitleOf(input({ markX, viewPx, textDx, anchor, maxLines }));
          expect(markX + box.dx).toBeGreaterThanOrEqual(0);
          expect(markX + box.dx + box.widthPx).toBeLessThanOrEqual(viewPx);
          expect(box.lines.length).toBeLessThanOrEqual(maxLines);
          if (!box.cut) expect(box.lines.join(' ')).toBe(TITLE);
        },
      ),
      { numRuns: 200 },
    );
  });
});
