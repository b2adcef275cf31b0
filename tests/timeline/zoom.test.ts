import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { createBaseScale, storyExtent } from '../../src/timeline/scales';
import {
  clampView,
  domainToView,
  IDENTITY_VIEW,
  levelOf,
  maxZoom,
  toZoomTransform,
  viewScale,
  viewToDomain,
  zoomAround,
  type View,
} from '../../src/timeline/zoom';
import { pinTimeZone } from '../fixtures/story';
import { DAY_MS, MIN_VISIBLE_MS } from '../../src/timeline/warp';

pinTimeZone('America/Los_Angeles');

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const EXTENT: [number, number] = [utc(2026, 1, 1), utc(2027, 1, 1)];
const WIDTH = 1000;
const base = createBaseScale(EXTENT, WIDTH);

describe('createBaseScale', () => {
  it('maps the extent to [0, width] in UTC, without rounding', () => {
    expect(base(EXTENT[0])).toBe(0);
    expect(base(EXTENT[1])).toBe(WIDTH);
    expect(base.invert(500).getTime()).toBe((EXTENT[0] + EXTENT[1]) / 2);
  });

  it('never has a zero-width range', () => {
    expect(createBaseScale(EXTENT, 0).range()).toEqual([0, 1]);
  });
});

describe('storyExtent', () => {
  it('adds a margin on both sides, a wider one on the right for the last titles', () => {
    const [a, b] = storyExtent([{ startMs: utc(2026, 2, 1), endMs: utc(2026, 7, 1) }], 0.1, 0.2);
    const span = utc(2026, 7, 1) - utc(2026, 2, 1);
    expect(a).toBe(utc(2026, 2, 1) - span * 0.1);
    expect(b).toBe(utc(2026, 7, 1) + span * 0.2);
  });

  it('gives a one-day story at least a week', () => {
    const [a, b] = storyExtent([{ startMs: utc(2026, 6, 10), endMs: utc(2026, 6, 11) }], 0, 0);
    expect(b - a).toBe(7 * DAY_MS);
  });

  it('falls back to a month when there is nothing to show', () => {
    const [a, b] = storyExtent([]);
    expect(b - a).toBe(30 * DAY_MS);
  });
});

describe('toZoomTransform', () => {
  it('is d3’s translate-then-scale transform', () => {
    const t = toZoomTransform({ k: 3, x: -250 });
    expect(t).toEqual(zoomIdentity.translate(-250, 0).scale(3));
    expect(t.applyX(100)).toBe(50);
  });
});

describe('domainToView and viewToDomain', () => {
  it.each([
    ['the whole extent', EXTENT[0], EXTENT[1]],
    ['a quarter', utc(2026, 4, 1), utc(2026, 7, 1)],
    ['six weeks', utc(2026, 3, 1), utc(2026, 4, 12)],
    ['four days', utc(2026, 6, 10), utc(2026, 6, 14)],
    ['the first week', EXTENT[0], utc(2026, 1, 8)],
    ['the last week', utc(2026, 12, 25), EXTENT[1]],
  ])('round-trip %s', (_name, from, to) => {
    const view = domainToView(base, from, to);
    const [a, b] = viewToDomain(base, view);
    // Within a second: float error on millisecond timestamps, not a shifted day.
    expect(Math.abs(a - from)).toBeLessThan(1000);
    expect(Math.abs(b - to)).toBeLessThan(1000);
  });

  it('shows the whole extent at the identity view', () => {
    const view = domainToView(base, EXTENT[0], EXTENT[1]);
    // -0 and 0 are the same translation.
    expect({ k: view.k, x: view.x + 0 }).toEqual(IDENTITY_VIEW);
    expect(viewToDomain(base, IDENTITY_VIEW)).toEqual(EXTENT);
  });

  it('zooms by the ratio of the extent to the window', () => {
    const view = domainToView(base, utc(2026, 4, 1), utc(2026, 7, 1));
    expect(view.k).toBeCloseTo((EXTENT[1] - EXTENT[0]) / (utc(2026, 7, 1) - utc(2026, 4, 1)), 9);
    expect(viewScale(base, view)(utc(2026, 4, 1))).toBeCloseTo(0, 6);
    expect(viewScale(base, view)(utc(2026, 7, 1))).toBeCloseTo(WIDTH, 6);
  });
});

describe('maxZoom', () => {
  it('lets the narrowest view show about three days', () => {
    const days = (EXTENT[1] - EXTENT[0]) / DAY_MS;
    expect(maxZoom(base)).toBeCloseTo(days / 3, 9);
    const [a, b] = viewToDomain(base, { k: maxZoom(base), x: 0 });
    expect(b - a).toBeCloseTo(MIN_VISIBLE_MS, -3);
  });

  it('is 1 for a story shorter than three days', () => {
    expect(maxZoom(createBaseScale([utc(2026, 6, 10), utc(2026, 6, 12)], WIDTH))).toBe(1);
  });
});

describe('clampView', () => {
  const maxK = 100;
  it.each<[string, View, View]>([
    ['an identity view', { k: 1, x: 0 }, { k: 1, x: 0 }],
    ['k below 1', { k: 0.25, x: -40 }, { k: 1, x: 0 }],
    ['k above the maximum', { k: 500, x: 0 }, { k: 100, x: 0 }],
    ['a pan past the start', { k: 4, x: 50 }, { k: 4, x: 0 }],
    ['a pan past the end', { k: 4, x: -5000 }, { k: 4, x: -3000 }],
    ['a view inside the bounds', { k: 4, x: -1234 }, { k: 4, x: -1234 }],
    ['k = NaN', { k: NaN, x: -10 }, { k: 1, x: 0 }],
    ['x = NaN', { k: 2, x: NaN }, { k: 2, x: 0 }],
    ['x = -Infinity (treated as unknown)', { k: 2, x: -Infinity }, { k: 2, x: 0 }],
  ])('clamps %s', (_name, view, expected) => {
    expect(clampView(view, WIDTH, maxK)).toEqual(expected);
  });

  it.each([
    [0.5, 300],
    [3, 200],
    [50, -80_000],
    [1e6, -1e9],
  ])('keeps k in [1, maxK] and x in [w(1 − k), 0] for k=%d, x=%d', (k, x) => {
    const v = clampView({ k, x }, WIDTH, maxK);
    expect(v.k).toBeGreaterThanOrEqual(1);
    expect(v.k).toBeLessThanOrEqual(maxK);
    expect(v.x).toBeLessThanOrEqual(0);
    expect(v.x).toBeGreaterThanOrEqual(WIDTH * (1 - v.k));
    // A clamped view never shows time outside the extent.
    const [a, b] = viewToDomain(base, v);
    expect(a).toBeGreaterThanOrEqual(EXTENT[0] - 1);
    expect(b).toBeLessThanOrEqual(EXTENT[1] + 1);
  });
});

describe('zoomAround', () => {
  it.each<[View, number, number]>([
    [{ k: 1, x: 0 }, 2, 500],
    [{ k: 1, x: 0 }, 1.6, 0],
    [{ k: 1, x: 0 }, 1.6, 1000],
    [{ k: 4, x: -1200 }, 1.6, 137],
    [{ k: 4, x: -1200 }, 1 / 1.6, 880],
    [{ k: 40, x: -20_000 }, 0.1, 3],
  ])('from %o by %d keeps the time under x=%d fixed', (view, factor, atPx) => {
    const before = viewScale(base, view).invert(atPx).getTime();
    const next = zoomAround(view, factor, atPx);
    const after = viewScale(base, next).invert(atPx).getTime();
    expect(next.k).toBeCloseTo(view.k * factor, 12);
    expect(Math.abs(after - before)).toBeLessThan(1000);
  });
});

describe('levelOf', () => {
  it.each([
    [1, 1],
    [0.5, 1],
    [2, 2],
    [4, 4],
    [Math.pow(2, 1 / 8), Math.pow(2, 1 / 8)],
    [1.04, 1],
    [1.05, Math.pow(2, 1 / 8)],
    [3, Math.pow(2, 13 / 8)],
  ])('levelOf(%d) = %d', (k, level) => {
    expect(levelOf(k)).toBeCloseTo(level, 12);
  });

  it('has eight steps per doubling', () => {
    const levels = new Set<number>();
    for (let k = 1; k <= 2; k += 0.001) levels.add(levelOf(k));
    levels.add(levelOf(2));
    expect([...levels].map((l) => Math.round(Math.log2(l) * 8))).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8,
    ]);
  });

  it('is within a sixteenth of a doubling of k, and never decreases', () => {
    let prev = 0;
    for (let k = 1; k < 200; k *= 1.013) {
      const level = levelOf(k);
      expect(Math.abs(Math.log2(level / k))).toBeLessThanOrEqual(1 / 16 + 1e-12);
      expect(level).toBeGreaterThanOrEqual(prev);
      prev = level;
    }
  });
});
