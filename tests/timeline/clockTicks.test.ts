import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../src/data/schema';
import { createBaseScale, createStoryScale } from '../../src/timeline/scales';
import { getTicks } from '../../src/timeline/ticks';
import { maxZoom, viewScale, domainToView } from '../../src/timeline/zoom';
import { pinTimeZone } from '../fixtures/story';
import { toSpan, type EventSpan } from '../../src/data/dateParse';

pinTimeZone('America/New_York');

const spansOf = (...dates: EventDate[]): Map<string, EventSpan> =>
  new Map(dates.map((d, i) => [`e${i}`, toSpan(d)]));
const time = (date: string): EventDate => ({ precision: 'time', date });

/** A day of times, 06:10 to 23:40, across 1280 px. */
const day = createStoryScale(
  spansOf(time('2025-03-14T06:10'), time('2025-03-14T12:00'), time('2025-03-14T23:40')),
  'linear',
  1280,
);

const labelsAt = (from: number, to: number, twoLevel = false) =>
  getTicks(viewScale(day, domainToView(day, from, to)), { twoLevel });

describe('ticks from a year down to minutes', () => {
  it('opens a day of times on its own scale, in hours', () => {
    const { unit, ticks } = getTicks(day);
    expect(unit).toMatch(/hours/);
    expect(ticks.map((t) => t.label)).toContain('12:00');
    expect(ticks[0]?.label).toMatch(/^14 Mar, 0\d:00$/);
  });

  it('names the day under the hours in two rows', () => {
    const { ticks } = getTicks(day, { twoLevel: true });
    expect(ticks.filter((t) => t.level === 1).map((t) => t.label)).toContain('14 Mar 2025');
  });

  it('gets finer as the window narrows, down to minutes', () => {
    const t0 = Date.UTC(2025, 2, 14, 10);
    const units = [12, 3, 1, 0.25].map((h) => labelsAt(t0, t0 + h * 3_600_000).unit);
    expect(units).toEqual(['hours', '10 minutes', '5 minutes', 'minutes']);
    const { ticks } = labelsAt(t0, t0 + 15 * 60_000);
    expect(ticks.map((t) => t.label)).toContain('10:05');
  });

  it('zooms from the whole day down to 20 minutes, no further', () => {
    const widest = day.domain().map(Number);
    const k = maxZoom(day);
    expect(((widest[1] ?? 0) - (widest[0] ?? 0)) / k).toBeCloseTo(20 * 60_000, -3);
    // A story of days keeps its limit of three days.
    const days = createStoryScale(
      spansOf({ precision: 'day', date: '2026-01-01' }, { precision: 'day', date: '2026-06-01' }),
      'linear',
      1280,
    );
    const [a = 0, b = 0] = days.domain().map(Number);
    expect((b - a) / maxZoom(days)).toBe(3 * 86_400_000);
    expect(getTicks(viewScale(days, { k: maxZoom(days), x: 0 })).unit).toBe('days');
  });

  it('ticks decades and centuries on round years (1815–1985)', () => {
    const wide = getTicks(createBaseScale([Date.UTC(1815, 0, 1), Date.UTC(1985, 0, 1)], 1280));
    expect(wide.ticks[0]?.label).toBe('1820');
    expect(wide.ticks.at(-1)?.label).toBe('1980');
    expect(wide.unit).toBe('10 years');
    const narrow = getTicks(createBaseScale([Date.UTC(1815, 0, 1), Date.UTC(1985, 0, 1)], 340));
    expect(narrow.ticks.map((t) => t.label)).toEqual(['1850', '1900', '1950']);
  });

  it('breaks a day of times where hours are quiet', () => {
    const quiet = createStoryScale(
      spansOf(
        time('2025-03-14T06:10'),
        time('2025-03-14T06:40'),
        time('2025-03-14T07:00'),
        time('2025-03-14T19:00'),
        time('2025-03-14T19:30'),
      ),
      'breaks',
      1280,
    );
    expect(quiet.warp.breaks.length).toBe(1);
  });
});
