import type { StoryIndex } from '../timeline/storyIndex';
import type { SelectorMemo } from './memo';
import type { FilterActions, FilterData } from './slices/filter';
import type { SelectionActions, SelectionData } from './slices/selection';
import type { StoryActions, StoryData } from './slices/story';
import type { UiActions, UiData } from './slices/ui';
import type { ViewActions, ViewData } from './slices/view';

/** Everything the reader can change, in one store made of slices (src/store/slices). */
export interface TimelineData extends ViewData, SelectionData, FilterData, StoryData, UiData {
  index: StoryIndex;
}

export type TimelineActions = ViewActions &
  SelectionActions &
  FilterActions &
  StoryActions &
  UiActions;

export type TimelineState = TimelineData &
  TimelineActions & {
    /** This store's selector caches (src/store/memo.ts): never set, never in the URL. */
    readonly memo: SelectorMemo;
  };
