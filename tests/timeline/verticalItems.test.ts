import { describe, expect, it } from 'vitest';
import {
  LABEL_X,
  RAIL_X,
  isNoteId,
  verticalBaseHeight,
  verticalItemsOf,
  verticalLeader,
} from '../../src/timeline/verticalItems';
import { VERTICAL_DEFAULTS } from '../../src/timeline/verticalLayout';
import { indexStory } from '../../src/timeline/storyIndex';
import { makeStory } from '../fixtures/story';

const story = makeStory();
story.annotations = [
  { text: 'Both announced', events: ['first', 'third'] },
  { text: 'Never shown', events: ['second'] },
];
const index = indexStory(story);

describe('verticalItemsOf', () => {
  it('anchors a range at its start and other dates at their middle', () => {
    const items = verticalItemsOf(index.events, index);
    const byId = new Map(items.map((i) => [i.id, i]));
    const second = index.spans.get('second');
    const first = index.spans.get('first');
    expect(byId.get('second')?.anchorMs).toBe(second?.startMs);
    expect(byId.get('first')?.anchorMs).toBe(((first?.startMs ?? 0) + (first?.endMs ?? 0)) / 2);
  });

  it('adds a note at its earliest event only when all its events are shown', () => {
    const shown = index.events.filter((e) => e.id !== 'second');
    const items = verticalItemsOf(shown, index);
    const notes = items.filter((i) => isNoteId(i.id));
    expect(notes.map((n) => [n.id, n.title, n.date])).toEqual([['note:0', 'Both announced', '']]);
    expect(notes[0]?.anchorMs).toBe(index.spans.get('first')?.startMs);
  });

  it('keeps the items in time order', () => {
    const anchors = verticalItemsOf(index.events, index).map((i) => i.anchorMs);
    expect(anchors).toEqual([...anchors].sort((a, b) => a - b));
  });
});

describe('verticalBaseHeight', () => {
  it('is at least 360 px, and grows with the items', () => {
    expect(verticalBaseHeight([], VERTICAL_DEFAULTS)).toBe(360);
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      anchorMs: i,
      startMs: i,
      endMs: i,
      title: 'A title',
      date: '1 May',
    }));
    expect(verticalBaseHeight(many, VERTICAL_DEFAULTS)).toBeGreaterThan(360);
  });
});

describe('verticalLeader', () => {
  it('runs level when the label sits beside its mark', () => {
    expect(verticalLeader(100, 90, 16)).toBe(`M${RAIL_X + 7},100H${LABEL_X - 3}`);
  });
  it('slants to the date line when the label moved away', () => {
    expect(verticalLeader(100, 200, 16)).toBe(
      `M${RAIL_X + 7},100L${LABEL_X - 10},210H${LABEL_X - 3}`,
    );
  });
});
