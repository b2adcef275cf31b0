import { describe, expect, it } from 'vitest';
import { drawnOf, drawnWindowKey } from '../../src/timeline/drawnWindow';
import { type Layout, type PlacedCluster, type PlacedEvent } from '../../src/timeline/layoutTypes';

const placed = (id: string, lane: number, row: number, from: number, to: number) =>
  ({ kind: 'event', id, lane, row, ax: from, x0: from, x1: to, from, to }) as PlacedEvent;
const cluster = (id: string, lane: number, x: number) =>
  ({ kind: 'cluster', id, lane, x }) as PlacedCluster;

describe('drawn window', () => {
  it.each([
    [{ k: 1, x: 0 }, 1, '0:2'],
    [{ k: 2, x: -400 }, 1, '1:1'],
    [{ k: 2, x: -400 }, 2, '2:2'],
  ])('keys view %o at level %d as %s', (view, levelK, key) => {
    expect(drawnWindowKey(view, 400, levelK)).toBe(key);
  });

  it('keys an unmeasured view as the first two steps', () => {
    expect(drawnWindowKey({ k: 3, x: -50 }, 0, 1)).toBe('0:2');
  });

  it('draws marks within half a view width of the window, titles 300 px to the left', () => {
    const layout: Layout = {
      events: [placed('in', 0, 0, 100, 150), placed('far', 0, 0, 2000, 2050)],
      clusters: [cluster('c1', 0, 500), cluster('c2', 0, 1500)],
    };
    const drawn = drawnOf(layout, '0:2', 400);
    expect(drawn.events.map((p) => p.id)).toEqual(['in']);
    expect(drawn.clusters.map((c) => c.id)).toEqual(['c1']);
  });
});
