/** Below this track width, and for stories a phone can list, time runs down the page. */
export const VERTICAL_BELOW_PX = 600;
export const VERTICAL_MAX_EVENTS = 400;

/** Whether the timeline is drawn vertically: narrow, one track, and not too many events. */
export function isVertical(widthPx: number, lanes: boolean, eventCount: number): boolean {
  return widthPx > 0 && widthPx < VERTICAL_BELOW_PX && !lanes && eventCount <= VERTICAL_MAX_EVENTS;
}
