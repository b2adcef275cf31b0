import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorOf, layoutMarks } from '../../src/timeline/layout';
import { createBaseScale } from '../../src/timeline/scales';
import { textWidth, wrapToWidth } from '../../src/timeline/textWidth';
import {
  DEFAULT_LAYOUT,
  type LayoutItem,
  type LayoutOptions,
} from '../../src/timeline/layoutTypes';
import { type EventSpan } from '../../src/data/dateParse';
import { collisions } from '../fixtures/rowCollisions';

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const YEAR: [number, number] = [utc(2026, 1, 1), utc(2027, 1, 1)];

/** Every input id, each exactly once, as a placed event or in a cluster. */
function accountedIds(result: ReturnType<typeof layoutMarks>): string[] {
  return [...result.events.map((e) => e.id), ...result.clusters.flatMap((c) => c.ids)].sort();
}

const daySpan = (ms: number): EventSpan => ({ startMs: ms, endMs: ms + DAY_MS, precision: 'day' });
const item = (id: string, span: EventSpan, title = `Event ${id}`, lane = 0): LayoutItem => ({
  id,
  span,
  title,
  date: 'about June',
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

describe('textWidth and wrapToWidth', () => {
  it('measures with the table: wide letters are wider, and width grows with size', () => {
    expect(textWidth('WWW', 13)).toBeGreaterThan(textWidth('iii', 13));
    expect(textWidth('June', 26)).toBeCloseTo(textWidth('June', 13) * 2);
    expect(textWidth('中文', 10)).toBe(20);
  });

  it('keeps every word, in order, on lines that fit, when the lines allow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z’'-]{1,12}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 80, max: 300 }),
        (words, maxPx) => {
          const text = words.join(' ');
          const { lines, cut } = wrapToWidth(text, maxPx, 13, 99);
          if (!cut) expect(lines.join(' ')).toBe(text);
          for (const l of lines)
            if (l.includes(' ')) expect(textWidth(l, 13)).toBeLessThanOrEqual(maxPx);
        },
      ),
    );
  });

  it('cuts only what does not fit in the lines allowed, with an ellipsis', () => {
    const title = 'Pentagon adds Alibaba to its Chinese military companies list';
    const whole = wrapToWidth(title, 210, 13, 3);
    expect(whole.cut).toBe(false);
    expect(whole.lines.join(' ')).toBe(title);
    const one = wrapToWidth(title, 120, 13, 1);
    expect(one.cut).toBe(true);
    expect(one.lines).toHaveLength(1);
    expect(one.lines[0]).toMatch(/…$/);
    expect(textWidth(one.lines[0]!, 13)).toBeLessThanOrEqual(120);
  });
});

describe('layoutMarks', () => {
  const base = createBaseScale(YEAR, 1200);

  it('places a few events apart, each title whole, mark first and date beside it', () => {
    const items = [
      item('a', daySpan(utc(2026, 2, 10)), 'Anthropic names DeepSeek, Moonshot AI and MiniMax'),
      item('b', daySpan(utc(2026, 6, 10)), "Anthropic's letter to the Senate Banking Committee"),
      item('c', daySpan(utc(2026, 6, 12)), "Restrictions on Anthropic's Mythos and Fable models"),
    ];
    const { events, clusters } = layoutMarks(items, base, 1);
    expect(clusters).toEqual([]);
    for (const e of events) {
      const title = items.find((i) => i.id === e.id)!.title;
      expect(e.lines.join(' ')).toBe(title);
      expect(e.cut).toBe(false);
      expect(e.units).toBe(e.lines.length + 1);
    }
    expect(collisions(events)).toEqual([]);
  });

  it('anchors the one mark at the best date: a day or an uncertain date at its middle, a span at its start', () => {
    const june: EventSpan = {
      startMs: utc(2026, 6, 1),
      endMs: utc(2026, 7, 1),
      precision: 'month',
    };
    const range: EventSpan = { ...june, precision: 'range' };
    expect(anchorOf(june, base)).toBeCloseTo(base((june.startMs + june.endMs) / 2));
    expect(anchorOf(range, base)).toBeCloseTo(base(june.startMs));
  });

  it('puts a span’s date under its title, clear of its bar', () => {
    const range: EventSpan = {
      startMs: utc(2026, 4, 22),
      endMs: utc(2026, 6, 6),
      precision: 'range',
    };
    const [e] = layoutMarks([item('r', range, 'The campaign')], base, 1).events;
    expect(e?.dateBelow).toBe(true);
    expect(e?.units).toBe(3);
  });

  it('clusters what does not fit, and says how many', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      item(`e${i}`, daySpan(utc(2026, 6, 10)), `A long enough title for event ${i}`),
    );
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: 8 };
    const result = layoutMarks(items, base, 1, opts);
    expect(result.clusters.length).toBeGreaterThan(0);
    expect(accountedIds(result)).toEqual(items.map((i) => i.id).sort());
  });

  it('gives priority events a place of their own even where the rows are full', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      item(`e${i}`, daySpan(utc(2026, 6, 10)), `A long enough title for event ${i}`),
    );
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane: 8 };
    const { events } = layoutMarks(items, base, 1, opts, new Set(['e39']));
    expect(events.some((e) => e.id === 'e39')).toBe(true);
  });

  it('keeps titles inside the story: never before 0, never past the limit', () => {
    const opts: LayoutOptions = { ...DEFAULT_LAYOUT, limitPx: 1196 };
    const title = 'A title that would run past the end of the story';
    const { events } = layoutMarks(
      [
        item('start', daySpan(utc(2026, 1, 1)), title),
        item('end', daySpan(utc(2026, 12, 30)), title),
      ],
      base,
      1,
      opts,
    );
    for (const e of events) {
      const w = Math.max(...e.lines.map((l) => textWidth(l, opts.titlePx)));
      const start = e.anchor === 'start' ? e.ax + e.textDx : e.ax + e.textDx - w;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start + w).toBeLessThanOrEqual(1196 + 0.5);
    }
  });

  it('for any events, zoom and lanes: each event once, no two blocks in the same place, all within the rows', () => {
    fc.assert(
      fc.property(
        itemsArb(3, 60),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(1, 2, 4, 16),
        fc.integer({ min: 4, max: 30 }),
        (items, lanes, k, rowsPerLane) => {
          const inLanes = items.map((x) => ({ ...x, lane: x.lane % lanes }));
          const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane, limitPx: 1200 * k - 4 };
          const result = layoutMarks(inLanes, (ms) => base(ms) * k, lanes, opts);
          expect(accountedIds(result)).toEqual(inLanes.map((i) => i.id).sort());
          expect(collisions(result.events)).toEqual([]);
          for (const e of result.events) expect(e.row + e.units).toBeLessThanOrEqual(rowsPerLane);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('for any events and dates: no date beside its mark runs past either end of the story', () => {
    // A date past the end is cut by the view, so fitToView hides the whole title (the tablet's
    // "between 12 and 24 June" beside a title moved along its row, 768 px).
    const dates = [
      'June',
      '10 June',
      'about June',
      'between 12 and 24 June',
      'reported on or after 24 June',
    ];
    fc.assert(
      fc.property(
        itemsArb(1, 40),
        fc.array(fc.constantFrom(...dates), { minLength: 40, maxLength: 40 }),
        fc.constantFrom(360, 728, 1200),
        fc.integer({ min: 4, max: 30 }),
        (items, dateOf, widthPx, rowsPerLane) => {
          const dated = items.map((x, i) => ({ ...x, date: dateOf[i] ?? 'June' }));
          const limitPx = widthPx - 4;
          const opts: LayoutOptions = { ...DEFAULT_LAYOUT, rowsPerLane, limitPx };
          const { events } = layoutMarks(dated, (ms) => (base(ms) * widthPx) / 1200, 1, opts);
          for (const e of events) {
            if (e.dateBelow) continue;
            const datePx = e.datePx ?? 0;
            // The far end of the date, the side it runs to from its mark.
            if (e.dateLeft) expect(e.ax - datePx).toBeGreaterThanOrEqual(-0.5);
            else expect(e.ax + datePx).toBeLessThanOrEqual(limitPx + 0.5);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is the same layout for the same input (selection never reshuffles marks)', () => {
    fc.assert(
      fc.property(itemsArb(1, 40), (items) => {
        expect(layoutMarks(items, base, 1)).toEqual(layoutMarks(items, base, 1));
      }),
      { numRuns: 30 },
    );
  });
});
