export { createTimelineStore, type TimelineStore } from './createTimelineStore';
export { StoreContext, useDomain, useTimeline, useTimelineStore } from './hooks';
export { defaultScaleKind } from './slices/view';
