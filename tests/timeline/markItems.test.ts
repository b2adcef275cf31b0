import { describe, expect, it } from 'vitest';
import {
  hiddenIdsOf,
  hotSpecsOf,
  layoutItemsOf,
  markActorOf,
  rowY,
  UNIT_PX,
  type LaneInfo,
} from '../../src/timeline/markItems';
import { indexStory } from '../../src/timeline/storyIndex';
import { makeStory } from '../fixtures/story';
import { type Layout, type PlacedCluster, type PlacedEvent } from '../../src/timeline/layoutTypes';

const index = indexStory(makeStory());
const single: LaneInfo = { actors: [''], rowsPerLane: 4, laneH: 100, top: 20 };
const swim: LaneInfo = { actors: ['acme', 'globex'], rowsPerLane: 2, laneH: 60, top: 10 };

const placed = (id: string, lane: number, row: number, from: number, to: number) =>
  ({ kind: 'event', id, lane, row, ax: from, x0: from, x1: to, from, to }) as PlacedEvent;
const cluster = (id: string, lane: number, x: number) =>
  ({ kind: 'cluster', id, lane, x }) as PlacedCluster;

describe('layoutItemsOf', () => {
  it('places each event once, in time order, on the single track', () => {
    const items = layoutItemsOf(index.events, index, single.actors, null);
    expect(items.map((i) => [i.id, i.lane])).toEqual([
      ['first', 0],
      ['second', 0],
      ['third', 0],
    ]);
  });

  it('repeats an event in the lane of each shown actor, keying the copies id@actor', () => {
    const items = layoutItemsOf(index.events, index, swim.actors, null);
    expect(items.map((i) => [i.id, i.lane])).toEqual([
      ['first', 0],
      ['second', 1],
      ['second@acme', 0],
      ['third', 0],
    ]);
  });

  it('leaves out the lanes of hidden actors', () => {
    const items = layoutItemsOf(index.events, index, swim.actors, new Set(['acme']));
    expect(items.map((i) => i.id)).toEqual(['first', 'second', 'third']);
    expect(items.every((i) => i.lane === 0)).toBe(true);
  });
});

describe('hotSpecsOf', () => {
  it('places a mark and its whisker on their row, a cluster under the rows', () => {
    const specs = hotSpecsOf(
      { events: [placed('a', 1, 1, 5, 9)], clusters: [cluster('c', 0, 30)] },
      swim,
    );
    const y = 10 + 60 + UNIT_PX;
    expect(specs).toEqual([
      { key: 'a', ax: 5, x0: 5, x1: 9, y },
      { key: 'w:a', ax: 5, x0: 5, x1: 9, y },
      { key: 'c:c', ax: 30, x0: 30, x1: 30, y: rowY(swim, 0, 2) },
    ]);
  });
});

describe('hiddenIdsOf', () => {
  it('names the wanted events a layout left in clusters', () => {
    const layout: Layout = { events: [placed('first', 0, 0, 0, 1)], clusters: [] };
    expect(hiddenIdsOf(layout, ['first', 'third', null, 'nope'], index.spans)).toEqual(['third']);
  });
});

describe('markActorOf', () => {
  const second = index.eventById.get('second');
  it('takes the lane actor in swimlanes', () => {
    expect(markActorOf(1, second, swim.actors, null)).toBe('globex');
  });
  it("takes the event's primary shown actor on the single track", () => {
    expect(markActorOf(0, second, single.actors, new Set(['acme']))).toBe('acme');
    expect(markActorOf(0, undefined, single.actors, null)).toBe('');
  });
});
