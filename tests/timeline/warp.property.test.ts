import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorsOf, autoScaleKind, chooseBreaks, durationLabel } from '../../src/timeline/breaks';
import { createStoryScale, BREAK_PX } from '../../src/timeline/scales';
import { getTicks } from '../../src/timeline/ticks';
import { createTimeScale } from '../../src/timeline/timeScale';
import { breaksWarp, sequenceWarp, warpForward, warpInverse } from '../../src/timeline/warp';
import { domainToView, viewScale, viewToDomain } from '../../src/timeline/zoom';
import { type EventSpan } from '../../src/data/dateParse';

const DAY = 86_400_000;
const T0 = Date.UTC(2000, 0, 1);

/** Stories of 1–40 events over up to 60 years, with quiet stretches, of every precision. */
const spansArb = fc
  .array(
    fc.record({
      at: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 22_000 })),
      len: fc.integer({ min: 1, max: 90 }),
      precision: fc.constantFrom('day', 'month', 'range', 'approximate'),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) => {
    const m = new Map<string, EventSpan>();
    rows.forEach((r, i) => {
      const startMs = T0 + r.at * DAY;
      const len = r.precision === 'day' ? 1 : r.len;
      m.set(`e${i}`, {
        startMs,
        endMs: startMs + len * DAY,
        precision: r.precision as EventSpan['precision'],
      });
    });
    return m;
  });

const kinds = fc.constantFrom('linear', 'breaks', 'sequence') as fc.Arbitrary<
  'linear' | 'breaks' | 'sequence'
>;

describe('warps', () => {
  it('map time forward and back within each piece, monotonically', () => {
    fc.assert(
      fc.property(spansArb, kinds, fc.integer({ min: 320, max: 2000 }), (spans, kind, w) => {
        const scale = createStoryScale(spans, kind, w);
        const [d0, d1] = scale.domain().map(Number) as [number, number];
        let last = -Infinity;
        for (let i = 0; i <= 50; i++) {
          const ms = d0 + ((d1 - d0) * i) / 50;
          const u = warpForward(scale.warp, ms);
          expect(u).toBeGreaterThan(last);
          last = u;
          // Within a minute after a round trip, on any piece.
          expect(Math.abs(warpInverse(scale.warp, u) - ms)).toBeLessThan(60_000);
          expect(Math.abs(scale.invert(scale(ms)).getTime() - ms)).toBeLessThan(60_000);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  });

  it('keep time true between breaks: equal times, equal distances', () => {
    const w = breaksWarp([{ fromMs: 100 * DAY, toMs: 200 * DAY }], 5 * DAY);
    const s = createTimeScale(w, [0, 300 * DAY], [0, 1000]);
    expect(s(50 * DAY) - s(40 * DAY)).toBeCloseTo(s(260 * DAY) - s(250 * DAY), 6);
    // The break is drawn 5 days long: much shorter than its 100.
    expect(s(200 * DAY) - s(100 * DAY)).toBeCloseTo(s(5 * DAY) - s(0), 6);
  });

  it('space a sequence evenly, whatever the gaps', () => {
    const w = sequenceWarp([0, DAY, 400 * DAY, 401 * DAY]);
    const s = createTimeScale(w, [0, 401 * DAY], [0, 300]);
    expect([0, DAY, 400 * DAY, 401 * DAY].map((ms) => Math.round(s(ms)))).toEqual([
      0, 100, 200, 300,
    ]);
  });
});

describe('breaks', () => {
  it('cover only stretches with no event date and no range', () => {
    fc.assert(
      fc.property(spansArb, (spans) => {
        const breaks = chooseBreaks(anchorsOf(spans));
        for (const b of breaks)
          for (const s of spans.values()) {
            const best = s.precision === 'range' ? s.startMs : (s.startMs + s.endMs) / 2;
            expect(best <= b.fromMs || best >= b.toMs).toBe(true);
            if (s.precision === 'range')
              expect(s.endMs <= b.fromMs || s.startMs >= b.toMs).toBe(true);
          }
        for (let i = 1; i < breaks.length; i++)
          expect(breaks[i]!.fromMs).toBeGreaterThan(breaks[i - 1]!.toMs);
      }),
      { numRuns: Number(process.env.RUNS ?? 300) },
    );
  });

  it('are drawn BREAK_PX wide at the opening view and take at most a quarter of it', () => {
    fc.assert(
      fc.property(spansArb, fc.integer({ min: 320, max: 2000 }), (spans, w) => {
        const scale = createStoryScale(spans, 'breaks', w);
        const widths = scale.warp.breaks.map((b) => scale(b.toMs) - scale(b.fromMs));
        for (const px of widths) expect(px).toBeCloseTo(BREAK_PX, 3);
        expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(w / 4 + 1e-6);
      }),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  });

  it('open up as the view zooms into them, and the view lands where asked', () => {
    const spans = new Map<string, EventSpan>([
      ['a', { startMs: T0, endMs: T0 + DAY, precision: 'day' }],
      ['b', { startMs: T0 + 400 * DAY, endMs: T0 + 401 * DAY, precision: 'day' }],
      ['c', { startMs: T0 + 410 * DAY, endMs: T0 + 411 * DAY, precision: 'day' }],
    ]);
    const base = createStoryScale(spans, 'breaks', 1000);
    const [b] = base.warp.breaks;
    expect(b).toBeDefined();
    const mid = (b!.fromMs + b!.toMs) / 2;
    const view = domainToView(base, mid - 20 * DAY, mid + 20 * DAY);
    const zoomed = viewScale(base, view);
    expect(zoomed(b!.toMs) - zoomed(b!.fromMs)).toBeGreaterThan(1000);
    const [from, to] = viewToDomain(base, view);
    expect(Math.abs(from - (mid - 20 * DAY))).toBeLessThan(60_000);
    expect(Math.abs(to - (mid + 20 * DAY))).toBeLessThan(60_000);
  });

  it('say how long they are', () => {
    expect([3, 20, 45, 61, 200, 800].map((d) => durationLabel(d * DAY))).toEqual([
      '3 days',
      '3 weeks',
      '6 weeks',
      '2 months',
      '7 months',
      '2 years',
    ]);
  });

  it('are the default where a linear axis would be mostly empty', () => {
    const busy = new Map<string, EventSpan>(
      Array.from({ length: 20 }, (_, i) => [
        `e${i}`,
        { startMs: T0 + i * 7 * DAY, endMs: T0 + i * 7 * DAY + DAY, precision: 'day' as const },
      ]),
    );
    const quiet = new Map(busy);
    quiet.set('late', { startMs: T0 + 3000 * DAY, endMs: T0 + 3001 * DAY, precision: 'day' });
    const ext = (m: Map<string, EventSpan>): [number, number] => {
      const v = [...m.values()];
      return [Math.min(...v.map((s) => s.startMs)), Math.max(...v.map((s) => s.endMs))];
    };
    expect(autoScaleKind(anchorsOf(busy), ...ext(busy))).toBe('linear');
    expect(autoScaleKind(anchorsOf(quiet), ...ext(quiet))).toBe('breaks');
  });
});

describe('ticks on every scale', () => {
  const labelBoxes = (ticks: { x: number; label: string; level: number }[], level: number) =>
    ticks
      .filter((t) => t.level === level && t.label)
      .map((t) => [t.x + 4, t.x + 4 + t.label.length * 7.5] as const)
      .sort((a, b) => a[0] - b[0]);

  it('never overlap, in either row, at any width and zoom', () => {
    fc.assert(
      fc.property(
        spansArb,
        kinds,
        fc.integer({ min: 320, max: 1920 }),
        fc.double({ min: 1, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (spans, kind, w, k, at) => {
          const base = createStoryScale(spans, kind, w);
          const scale = viewScale(base, { k, x: -(k - 1) * w * at });
          const { ticks } = getTicks(scale, { twoLevel: true });
          for (const level of [0, 1]) {
            const boxes = labelBoxes(ticks, level);
            for (let i = 1; i < boxes.length; i++)
              expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
          }
        },
      ),
      { numRuns: Number(process.env.RUNS ?? 200) },
    );
  });
});
