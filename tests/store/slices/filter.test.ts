import { describe, expect, it } from 'vitest';
import { indexStory } from '../../../src/timeline/storyIndex';
import { createTimelineStore } from '../../../src/store';
import { makeStory } from '../../fixtures/story';

describe('the filter slice', () => {
  it('sets the shown actors outright, and the query', () => {
    const store = createTimelineStore(indexStory(makeStory()));
    store.getState().setActiveActors(['globex']);
    expect(store.getState().activeActors).toEqual(['globex']);
    store.getState().setActiveActors(null);
    expect(store.getState().activeActors).toBeNull();
    store.getState().setQuery('letter');
    expect(store.getState().query).toBe('letter');
  });
});
