import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StoryIndex } from '../timeline/storyIndex';
import { createSelectorMemo } from './memo';
import { createFilterSlice } from './slices/filter';
import { createSelectionSlice } from './slices/selection';
import { createStorySlice } from './slices/story';
import { createUiSlice } from './slices/ui';
import { createViewSlice } from './slices/view';
import type { TimelineData, TimelineState } from './types';

export type TimelineStore = StoreApi<TimelineState>;

/**
 * A store per story (and per test), as zustand's "initialize state with props" guide; its
 * slices spread into one state, as the "slices pattern" guide. `initial` overrides the
 * slices' starting values (from the URL, or a test).
 */
export function createTimelineStore(
  index: StoryIndex,
  initial: Partial<TimelineData> = {},
): TimelineStore {
  return createStore<TimelineState>()((set, get) => ({
    index,
    memo: createSelectorMemo(),
    ...createViewSlice(set, get, index),
    ...createSelectionSlice(set, get, index),
    ...createFilterSlice(set, get, index),
    ...createStorySlice(set, get, index),
    ...createUiSlice(set, get, index),
    ...initial,
  }));
}
