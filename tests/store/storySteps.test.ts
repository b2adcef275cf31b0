import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/timeline/storyIndex';
import { createTimelineStore } from '../../src/store';
import { selectDomain } from '../../src/store/selectors';
import { parseUrlState } from '../../src/store/urlState';
import { makeGuidedStory, makeStory } from '../fixtures/story';

function guided() {
  const store = createTimelineStore(indexStory(makeGuidedStory()));
  store.getState().setWidth(1000);
  return store;
}

describe('the guided story', () => {
  it('steps in order, selecting each step’s event and showing it', () => {
    const store = guided();
    const steps = store.getState().index.story.steps ?? [];
    steps.forEach((step, i) => {
      store.getState().goToStep(i);
      const s = store.getState();
      expect(s.storyStep).toBe(i);
      expect(s.selectedId).toBe(step.event);
      const span = s.index.spans.get(step.event)!;
      const [from, to] = selectDomain(s);
      expect(from).toBeLessThanOrEqual(span.startMs);
      expect(to).toBeGreaterThanOrEqual(span.endMs);
    });
  });

  it.each([
    [-3, 0],
    [99, 2],
    [1.4, 1],
  ])('clamps step %s to %s', (asked, got) => {
    const store = guided();
    store.getState().goToStep(asked);
    expect(store.getState().storyStep).toBe(got);
  });

  it('leaves the story keeping the view and the selection', () => {
    const store = guided();
    store.getState().goToStep(1);
    const view = store.getState().view;
    store.getState().goToStep(null);
    expect(store.getState().storyStep).toBeNull();
    expect(store.getState().view).toBe(view);
    expect(store.getState().selectedId).toBe('second');
  });

  it('ignores a story with no steps', () => {
    const store = createTimelineStore(indexStory(makeStory()));
    store.getState().goToStep(0);
    expect(store.getState().storyStep).toBeNull();
  });

  it('deep-links a step (counted from 1) and refuses one out of range', () => {
    const index = indexStory(makeGuidedStory());
    expect(parseUrlState('step=2', index).state.storyStep).toBe(1);
    for (const bad of ['0', '4', 'two', '-1', '1.5', '1e0', '0x2', '2.0', ' 2', '+2', '02', '']) {
      const { state, problems } = parseUrlState(`step=${bad}`, index);
      expect(state.storyStep).toBeNull();
      expect(problems.join(' ')).toMatch(/story step/);
    }
  });
});
