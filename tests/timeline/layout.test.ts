import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/data/storyIndex';
import { shortDatePrefix, type EventSpan } from '../../src/timeline/dates';
import { createBaseScale } from '../../src/timeline/scales';
import {
  DEFAULT_LAYOUT,
  fitLabel,
  LABEL_OFFSET_PX,
  layoutMarks,
  markExtent,
  type LayoutItem,
  type LayoutOptions,
  type PlacedEvent,
} from '../../src/timeline/layout';
import { referenceLayout } from './layoutReference';

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const YEAR: [number, number] = [utc(2026, 1, 1), utc(2027, 1, 1)];

/** The pixels a placed event takes in its row: its mark and its label. */
function footprint(p: PlacedEvent, charPx: number): [number, number] {
  const labelFrom = p.x0 + p.labelDx;
  const labelTo = labelFrom + p.label.length * charPx;
  return [Math.min(p.x0, labelFrom), Math.max(p.x1, labelTo)];
}

/** Pairs of placed events in the same lane and row whose labels or marks overlap. */
function collisions(events: PlacedEvent[], charPx: number): string[] {
  const out: string[] = [];
  const byRow = new Map<string, PlacedEvent[]>();
  for (const p of events) {
    const key = `${p.lane}:${p.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), p]);
  }
  for (const [key, row] of byRow) {
    const spans = row
      .map((p) => ({ id: p.id, span: footprint(p, charPx) }))
      .sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 1; i < spans.length; i++) {
      const a = spans[i - 1]!;
      const b = spans[i]!;
      if (b.span[0] < a.span[1]) out.push(`${key} ${a.id} ${a.span} / ${b.id} ${b.span}`);
    }
  }
  return out;
}

/** Every input id, each exactly once, as a placed event or in a cluster. */
function accountedIds(result: ReturnType<typeof layoutMarks>): string[] {
  return [...result.events.map((e) => e.id), ...result.clusters.flatMap((c) => c.ids)].sort();
}

const daySpan = (ms: number): EventSpan => ({ startMs: ms, endMs: ms + DAY_MS, precision: 'day' });
const item = (id: string, span: EventSpan, title = `Event ${id}`, lane = 0): LayoutItem => ({
  id,
  span,
  title,
  lane,
});

/** A random event within 2026: any precision, a title of 1–90 characters, in one of `lanes`. */
const itemArb = (lanes: number) =>
  fc
    .record({
      startDay: fc.integer({ min: 0, max: 364 }),
      lengthDays: fc.integer({ min: 1, max: 60 }),
      precision: fc.constantFrom('day', 'month', 'range', 'approximate' as const),
      title: fc.string({ minLength: 1, maxLength: 90 }),
      lane: fc.integer({ min: 0, max: lanes - 1 }),
    })
    .map(({ startDay, lengthDays, precision, title, lane }) => {
      const startMs = YEAR[0] + startDay * DAY_MS;
      const endMs = precision === 'day' ? startMs + DAY_MS : startMs + lengthDays * DAY_MS;
      return { span: { startMs, endMs, precision }, title, lane };
    });

const itemsArb = (lanes: number, maxLength: number) =>
  fc
    .array(itemArb(lanes), { minLength: 1, maxLength })
    .map((xs) =>
      xs
        .map((x, i) => item(`e${i}`, x.span, x.title, x.lane))
        .sort((a, b) => a.span.startMs - b.span.startMs),
    );

describe('markExtent', () => {
  const base = createBaseScale(YEAR, 1000);
  it('puts a day at its middle', () => {
    const [x0, x1] = markExtent(daySpan(utc(2026, 6, 10)), base);
    expect(x0).toBe(x1);
    expect(x0).toBeCloseTo(base(utc(2026, 6, 10) + DAY_MS / 2), 9);
  });

  it('draws anything longer from start to end', () => {
    const span: EventSpan = {
      startMs: utc(2026, 4, 1),
      endMs: utc(2026, 5, 1),
      precision: 'month',
    };
    expect(markExtent(span, base)).toEqual([base(span.startMs), base(span.endMs)]);
  });
});

describe('fitLabel', () => {
  it.each([
    ['Short', 220, 7, 'Short'],
    ['Exactly ten', 77, 7, 'Exactly ten'],
    ['Anthropic names DeepSeek, Moonshot AI and MiniMax', 150, 7, 'Anthropic names…'],
    ['Abcdefghijklmnopqrstuvwxyz', 70, 7, 'Abcdefghi…'],
    ['Hello world', 1, 7, 'Hel…'],
  ])('fits %j into %ipx at %ipx a glyph as %j', (title, maxPx, charPx, expected) => {
    expect(fitLabel(title, maxPx, charPx)).toBe(expected);
  });

  it('cuts only what does not fit, and says so with an ellipsis', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 400 }),
        (title, maxPx) => {
          const max = Math.max(4, Math.floor(maxPx / 7));
          const out = fitLabel(title, maxPx, 7);
          expect(out.length).toBeLessThanOrEqual(Math.max(max, title.length <= max ? max : 0));
          if (title.length <= max) expect(out).toBe(title);
          else {
            expect(out.endsWith('…')).toBe(true);
            expect(title.startsWith(out.slice(0, -1))).toBe(true);
          }
        },
      ),
      { seed: 20260610, numRuns: 300 },
    );
  });
});

describe('layoutMarks', () => {
  const base = createBaseScale(YEAR, 1280);
  const xOf = (ms: number) => base(ms);

  it('puts events far apart in the first row, labels to the right', () => {
    const items = [
      item('a', daySpan(utc(2026, 2, 1))),
      item('b', daySpan(utc(2026, 6, 1))),
      item('c', daySpan(utc(2026, 10, 1))),
    ];
    const { events, clusters } = layoutMarks(items, xOf, 1);
    expect(clusters).toEqual([]);
    expect(events.map((e) => [e.id, e.row, e.labelDx])).toEqual([
      ['a', 0, 0],
      ['b', 0, 0],
      ['c', 0, 0],
    ]);
  });

  it('stacks events on the same day in rows', () => {
    const items = ['a', 'b', 'c'].map((id) => item(id, daySpan(utc(2026, 6, 10))));
    const { events } = layoutMarks(items, xOf, 1);
    expect(events.map((e) => e.row).sort()).toEqual([0, 1, 2]);
  });

  it('clusters what does not fit, per bin, with the span of what it holds', () => {
    const items = ['a', 'b', 'c', 'd'].map((id, i) =>
      item(id, daySpan(utc(2026, 6, 10) + i * 3_600_000)),
    );
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: 1 };
    const { events, clusters } = layoutMarks(items, xOf, 1, opts);
    expect(events.map((e) => e.id)).toEqual(['a']);
    expect(clusters).toHaveLength(1);
    const [c] = clusters;
    expect(c).toMatchObject({ count: 3, ids: ['b', 'c', 'd'], lane: 0 });
    expect(c!.startMs).toBe(utc(2026, 6, 10) + 3_600_000);
    expect(c!.endMs).toBe(utc(2026, 6, 11) + 3 * 3_600_000);
    // The cluster sits at the centre of the bin its events fall in.
    const bin = Math.floor(xOf(utc(2026, 6, 10) + 3_600_000 + DAY_MS / 2) / opts.binPx);
    expect(c!.x).toBe((bin + 0.5) * opts.binPx);
  });

  it('keeps lanes apart: the same day in two lanes needs one row each', () => {
    const items = [
      item('a', daySpan(utc(2026, 6, 10)), 'A', 0),
      item('b', daySpan(utc(2026, 6, 10)), 'B', 1),
    ];
    const { events } = layoutMarks(items, xOf, 2);
    expect(events.map((e) => [e.id, e.lane, e.row])).toEqual([
      ['a', 0, 0],
      ['b', 1, 0],
    ]);
  });

  it('never clusters a priority event, even in a crowd', () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      item(`e${i}`, daySpan(utc(2026, 6, 10) + i * 60_000)),
    );
    const priority = new Set(['e17', 'e29']);
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: 3 };
    const result = layoutMarks(items, xOf, 1, opts, priority);
    const placed = new Set(result.events.map((e) => e.id));
    expect(placed.has('e17')).toBe(true);
    expect(placed.has('e29')).toBe(true);
    expect(result.clusters.flatMap((c) => c.ids)).not.toContain('e17');
    expect(collisions(result.events, opts.charPx)).toEqual([]);
  });

  it('gives exactly what the straightforward greedy layout gives', () => {
    fc.assert(
      fc.property(
        itemsArb(3, 160),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(0.5, 1, 2, 7.5, 40),
        fc.constantFrom(150, 220),
        fc.subarray(['e0', 'e3', 'e9']),
        (items, lanes, rowsPerLane, levelK, maxLabelPx, priorityIds) => {
          const inLanes = items.map((i) => ({ ...i, lane: i.lane % lanes }));
          const priority = new Set(priorityIds.filter((id) => inLanes.some((i) => i.id === id)));
          const opts: LayoutOptions = {
            ...DEFAULT_LAYOUT,
            rowsPerLane: Math.max(2, rowsPerLane),
            maxLabelPx,
            limitPx: base.range()[1]! * levelK - 4,
          };
          const xOf = (ms: number) => base(ms) * levelK;
          expect(layoutMarks(inLanes, xOf, lanes, opts, priority)).toEqual(
            referenceLayout(inLanes, xOf, lanes, opts, priority),
          );
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('places random events without overlaps, and accounts for each exactly once', () => {
    fc.assert(
      fc.property(
        itemsArb(3, 120),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(1, 2, 7.5, 40),
        fc.subarray(['e0', 'e3', 'e9']),
        (items, lanes, rowsPerLane, levelK, priorityIds) => {
          const inLanes = items.map((i) => ({ ...i, lane: i.lane % lanes }));
          const priority = new Set(priorityIds.filter((id) => inLanes.some((i) => i.id === id)));
          // Two priority events can share a lane, so leave them a row each.
          const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: Math.max(2, rowsPerLane) };
          const result = layoutMarks(inLanes, (ms) => base(ms) * levelK, lanes, opts, priority);
          expect(collisions(result.events, opts.charPx)).toEqual([]);
          expect(accountedIds(result)).toEqual(inLanes.map((i) => i.id).sort());
          expect(result.events.length + result.clusters.reduce((n, c) => n + c.count, 0)).toBe(
            inLanes.length,
          );
          for (const id of priority) expect(result.events.some((e) => e.id === id)).toBe(true);
          for (const e of result.events) {
            expect(e.row).toBeGreaterThanOrEqual(0);
            expect(e.row).toBeLessThan(opts.rowsPerLane);
          }
        },
      ),
      { seed: 42, numRuns: 150 },
    );
  });

  it('never lets a label run past limitPx, shifting or flipping it instead', () => {
    fc.assert(
      fc.property(itemsArb(1, 40), fc.integer({ min: 400, max: 1280 }), (items, widthPx) => {
        const scale = createBaseScale(YEAR, widthPx);
        const opts: LayoutOptions = { ...DEFAULT_LAYOUT, limitPx: widthPx - 4 };
        const { events } = layoutMarks(items, scale, 1, opts);
        for (const e of events) {
          const from = e.x0 + e.labelDx;
          const to = from + e.label.length * opts.charPx;
          expect(from).toBeLessThanOrEqual(opts.limitPx);
          expect(to).toBeLessThanOrEqual(opts.limitPx);
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it('pulls back or flips the label of an event at the very end', () => {
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, limitPx: 1276 };
    const title = 'A long label that would run past the end of the story';
    const { events } = layoutMarks([item('end', daySpan(utc(2026, 12, 28)), title)], xOf, 1, opts);
    const [e] = events;
    expect(e!.labelDx).toBeLessThan(0);
    expect(e!.x0 + e!.labelDx + e!.label.length * opts.charPx).toBeLessThanOrEqual(1276);
  });

  it('keeps 1,000 random events to a bounded number of marks', () => {
    const widthPx = 1280;
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: 8 };
    // In a row, each placed event takes at least the mark offset, the gap and 8 px of slack,
    // and none reaches more than a label's width (plus that much) beyond the story's ends.
    const minPx = LABEL_OFFSET_PX + opts.gapPx + 8;
    const rowPx = widthPx + 2 * (opts.maxLabelPx + minPx + 8);
    const maxPlaced = opts.rowsPerLane * Math.ceil(rowPx / minPx);
    const maxClusters = Math.ceil(widthPx / opts.binPx) + 1;
    fc.assert(
      fc.property(fc.array(itemArb(1), { minLength: 1000, maxLength: 1000 }), (raw) => {
        const items = raw
          .map((x, i) => item(`e${i}`, x.span, x.title))
          .sort((a, b) => a.span.startMs - b.span.startMs);
        const result = layoutMarks(items, createBaseScale(YEAR, widthPx), 1, opts);
        expect(result.events.length).toBeLessThanOrEqual(maxPlaced);
        expect(result.clusters.length).toBeLessThanOrEqual(maxClusters);
        expect(accountedIds(result)).toHaveLength(1000);
        // Far fewer marks than events: that is what clusters are for.
        expect(result.events.length + result.clusters.length).toBeLessThan(400);
      }),
      { seed: 1000, numRuns: 10 },
    );
  });
});

describe('the bundled story at 1280 px', () => {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  const index = indexStory(result.data);
  const base = createBaseScale(index.extent, 1280);
  // As MarksLayer builds them on the single track.
  const items: LayoutItem[] = index.events.map((e) => {
    const prefix = shortDatePrefix(e.date);
    return item(e.id, index.spans.get(e.id)!, prefix ? `${prefix}: ${e.title}` : e.title);
  });
  const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: 8, limitPx: 1280 - 4 };
  const layout = layoutMarks(items, base, 1, opts);

  it('has its 13 events across five months', () => {
    expect(index.events).toHaveLength(13);
    const [a, b] = index.extent;
    expect((b - a) / DAY_MS).toBeGreaterThan(120);
    expect((b - a) / DAY_MS).toBeLessThan(200);
  });

  it('shows every event, or clusters at most two', () => {
    const clustered = layout.clusters.reduce((n, c) => n + c.count, 0);
    expect(layout.events.length + clustered).toBe(13);
    expect(clustered).toBeLessThanOrEqual(2);
  });

  it('places them without overlapping labels', () => {
    expect(collisions(layout.events, opts.charPx)).toEqual([]);
  });

  it('places the selected and focused events even when they would be clustered', () => {
    const clusteredIds = layout.clusters.flatMap((c) => c.ids);
    const priority = new Set(clusteredIds);
    const again = layoutMarks(items, base, 1, opts, priority);
    for (const id of clusteredIds) expect(again.events.map((e) => e.id)).toContain(id);
    expect(collisions(again.events, opts.charPx)).toEqual([]);
  });
});
