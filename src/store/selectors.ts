import type { TimelineEvent } from '../data/schema';
import { createStoryScale } from '../timeline/scales';
import type { TimeScale } from '../timeline/timeScale';
import { maxZoom, viewToDomain } from '../timeline/zoom';
import { visibleEventsOf } from './memo';
import { activeSetOf } from '../timeline/actorFilter';
import type { TimelineState } from './types';

/** A store's state, or just the fields a selector reads (then nothing is cached). */
type Input<K extends keyof TimelineState> = Pick<TimelineState, K> &
  Partial<Pick<TimelineState, 'memo'>>;

/** The base scale (whole story across the width). Only extent, width and scale change it. */
export function selectBaseScale(s: Input<'index' | 'widthPx' | 'scaleKind'>): TimeScale {
  return s.memo
    ? s.memo.baseScale(s.index, s.widthPx, s.scaleKind)
    : createStoryScale(s.index.spans, s.scaleKind, s.widthPx);
}

export function selectMaxZoom(s: Input<'index' | 'widthPx' | 'scaleKind'>): number {
  return maxZoom(selectBaseScale(s));
}

/** The visible window, derived from the zoom transform here and nowhere else. */
export function selectDomain(
  s: Input<'index' | 'widthPx' | 'scaleKind' | 'view'>,
): [number, number] {
  return s.memo
    ? s.memo.domain(selectBaseScale(s), s.view)
    : viewToDomain(selectBaseScale(s), s.view);
}

/** Events the actor filter lets through (isEventShown), in time order. */
export function selectVisibleEvents(s: Input<'index' | 'activeActors'>): TimelineEvent[] {
  return s.memo
    ? s.memo.visibleEvents(s.index, s.activeActors)
    : visibleEventsOf(s.index, s.activeActors);
}

/** The shown actors as a set for lookups; null when every actor is shown. */
export function selectActiveSet(
  s: Pick<TimelineState, 'activeActors'>,
): ReadonlySet<string> | null {
  return activeSetOf(s.activeActors);
}
