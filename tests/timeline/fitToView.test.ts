import { describe, expect, it } from 'vitest';
import { layoutMarks } from '../../src/timeline/layout';
import { fitToView } from '../../src/timeline/fitToView';
import { overviewMarksOf } from '../../src/timeline/overviewMarks';
import { DEFAULT_LAYOUT, type LayoutItem } from '../../src/timeline/layoutTypes';
import { type EventSpan } from '../../src/data/dateParse';

const DAY_MS = 86_400_000;
const day = (d: number): EventSpan => ({
  precision: 'day',
  startMs: d * DAY_MS,
  endMs: d * DAY_MS,
});
const item = (id: string, d: number, title = `A title of some length for ${id}`): LayoutItem => ({
  id,
  span: day(d),
  title,
  date: `${d} June`,
  lane: 0,
});
const xOf = (ms: number) => (ms / DAY_MS) * 40;

describe('fitToView', () => {
  it('turns a title the right edge would cut to the left of its mark', () => {
    const layout = layoutMarks([item('a', 2), item('b', 20)], xOf, 1, DEFAULT_LAYOUT);
    const b = layout.events.find((p) => p.id === 'b')!;
    expect(b.anchor).toBe('start');
    // A view ending 40 px after b's mark: its title, to the right, would be cut.
    const fitted = fitToView(layout.events, 0, b.ax + 40, 1, 24, DEFAULT_LAYOUT);
    const moved = fitted.events.find((p) => p.id === 'b')!;
    expect(moved.anchor).toBe('end');
    expect(moved.to).toBeLessThanOrEqual(b.ax + 40 + DEFAULT_LAYOUT.gapPx);
    expect(fitted.offView.size).toBe(0);
  });

  it('leaves a view that cuts nothing as it is, and hides the text of marks outside it', () => {
    const layout = layoutMarks([item('a', 2), item('b', 20)], xOf, 1, DEFAULT_LAYOUT);
    expect(fitToView(layout.events, 0, 2000, 1, 24, DEFAULT_LAYOUT).events).toBe(layout.events);
    const a = layout.events.find((p) => p.id === 'a')!;
    // The view starts just right of a's mark: a's title would show without its mark.
    const fitted = fitToView(layout.events, a.ax + 20, a.ax + 900, 1, 24, DEFAULT_LAYOUT);
    expect([...fitted.offView]).toEqual(['a']);
  });
});

describe('overviewMarksOf', () => {
  it('draws a tick per event, and a window for uncertain dates only', () => {
    const spans = new Map<string, EventSpan>([
      ['d', day(3)],
      ['m', { precision: 'month', startMs: 0, endMs: 30 * DAY_MS }],
    ]);
    const marks = overviewMarksOf(['d', 'm'], spans, xOf, 1200, 44);
    expect(marks.kind).toBe('events');
    if (marks.kind !== 'events') return;
    expect(marks.events.map((e) => [e.id, e.x, e.span?.uncertain ?? null])).toEqual([
      ['d', 120, null],
      ['m', 600, true],
    ]);
  });
  it('falls back to density bars for large stories', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `e${i}`);
    const spans = new Map(ids.map((id, i) => [id, day(i % 28)] as const));
    expect(overviewMarksOf(ids, spans, xOf, 1200, 44).kind).toBe('density');
  });
});
