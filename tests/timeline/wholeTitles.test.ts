import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enableWholeTitles, layoutMarks } from '../../src/timeline/layout';
import { createBaseScale } from '../../src/timeline/scales';
import { wholeTitles } from '../../src/timeline/wholeTitles';
import {
  DEFAULT_LAYOUT,
  type Layout,
  type LayoutItem,
  type LayoutOptions,
} from '../../src/timeline/layoutTypes';
import { type EventSpan } from '../../src/data/dateParse';
import { collisions } from '../fixtures/rowCollisions';

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

const hidden = (l: Layout) => l.clusters.reduce((n, c) => n + c.count, 0);
const whole = (l: Layout) => l.events.filter((e) => !e.cut).length;

/** 18 headlines of 100–120 characters, one every five days over three months. */
const WORDS =
  'officials said on the record that the agreement reached late on Tuesday would be reviewed by the committee before the vote next week'.split(
    ' ',
  );
function longItems(n = 18, everyDays = 5): LayoutItem[] {
  return Array.from({ length: n }, (_, i) => {
    const words = [`Headline ${i + 1}:`];
    let k = i;
    while (words.join(' ').length < 100 + (i % 3) * 8) words.push(WORDS[k++ % WORDS.length]!);
    const startMs = utc(2025, 3, 1) + i * everyDays * DAY_MS;
    const span: EventSpan = { startMs, endMs: startMs + DAY_MS, precision: 'day' };
    return {
      id: `e${i}`,
      span,
      title: words.join(' ').slice(0, 120),
      date: `${i + 1} March`,
      lane: 0,
    };
  });
}

const scaleFor = (items: readonly LayoutItem[], widthPx: number) => {
  const last = items[items.length - 1]!.span.endMs;
  const s = createBaseScale([items[0]!.span.startMs - 2 * DAY_MS, last + 8 * DAY_MS], widthPx);
  return (ms: number) => s(ms);
};

describe('whole titles for a small story', () => {
  enableWholeTitles(wholeTitles);
  const opts = (rows: number, limitPx: number): LayoutOptions => ({
    ...DEFAULT_LAYOUT,
    rowsPerLane: rows,
    maxLabelPx: 210,
    limitPx,
  });

  it('gives most of 18 long headlines over three months their whole title, no cluster, no overlap', () => {
    const items = longItems();
    const layout = layoutMarks(items, scaleFor(items, 1200), 1, opts(27, 1196));
    expect(layout.clusters).toEqual([]);
    expect(collisions(layout.events)).toEqual([]);
    // Each whole title is the title, every word, in order.
    const byId = new Map(items.map((i) => [i.id, i.title]));
    for (const e of layout.events.filter((p) => !p.cut))
      expect(e.lines.join(' ')).toBe(byId.get(e.id));
    // Was 8 of 18 when cut titles were only widened where the first layout left room.
    expect(whole(layout)).toBeGreaterThanOrEqual(14);
  });

  it('for any events: each once, no overlap, within the rows, no more of them in clusters', () => {
    const itemArb = fc.record({
      day: fc.integer({ min: 0, max: 120 }),
      words: fc.integer({ min: 2, max: 22 }),
    });
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 6, max: 27 }),
        fc.constantFrom(700, 1200),
        (specs, rows, widthPx) => {
          const items = specs
            .map((s, i): LayoutItem => {
              const startMs = utc(2025, 1, 1) + s.day * DAY_MS;
              const title = Array.from(
                { length: s.words },
                (_, w) => WORDS[(i + w) % WORDS.length],
              ).join(' ');
              return {
                id: `e${i}`,
                span: { startMs, endMs: startMs + DAY_MS, precision: 'day' },
                title,
                date: '1 June',
                lane: 0,
              };
            })
            .sort((a, b) => a.span.startMs - b.span.startMs);
          const xOf = scaleFor(items, widthPx);
          const o = opts(rows, widthPx - 4);
          const layout = layoutMarks(items, xOf, 1, o);
          enableWholeTitles(((l: Layout) => l) as typeof wholeTitles);
          const plain = layoutMarks(items, xOf, 1, o);
          enableWholeTitles(wholeTitles);
          const ids = [...layout.events.map((e) => e.id), ...layout.clusters.flatMap((c) => c.ids)];
          expect(ids.sort()).toEqual(items.map((i) => i.id).sort());
          expect(collisions(layout.events)).toEqual([]);
          for (const e of layout.events) expect(e.row + e.units).toBeLessThanOrEqual(rows);
          expect(hidden(layout)).toBeLessThanOrEqual(hidden(plain));
          expect(whole(layout)).toBeGreaterThanOrEqual(whole(plain));
        },
      ),
      { numRuns: 80 },
    );
  });
});
