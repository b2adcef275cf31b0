import type { StoreApi } from 'zustand/vanilla';
import type { StoryIndex } from '../../timeline/storyIndex';
import type { TimelineState } from '../types';

/**
 * One slice of the timeline store (zustand's slices pattern): its fields' starting values and
 * its actions. An action may read the whole state and call other slices' actions through
 * `get`; it writes only through `set`. `index` is the story, for starting values that depend
 * on it.
 */
export type SliceCreator<T> = (
  set: StoreApi<TimelineState>['setState'],
  get: StoreApi<TimelineState>['getState'],
  index: StoryIndex,
) => T;
