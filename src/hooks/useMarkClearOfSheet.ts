import { useLayoutEffect, type RefObject } from 'react';

/** Between the chosen mark and the sheet's top edge. */
const GAP_PX = 8;

/**
 * Where the details open as a sheet over the bottom of the screen (tablets; the phone's
 * vertical timeline keeps its own scroll, useKeepScroll), scrolls the page just enough that the
 * chosen event's mark on the horizontal timeline stays above the sheet, never past the top.
 */
export function useMarkClearOfSheet(
  panelRef: RefObject<HTMLElement | null>,
  eventId: string | null,
): void {
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!panel || !eventId || typeof window.scrollBy !== 'function') return;
    if (getComputedStyle(panel).position !== 'fixed') return;
    const mark = document.querySelector(
      `.timeline:not(.timeline--vertical) [data-mark="event"][data-event-id="${CSS.escape(eventId)}"][role="button"]`,
    );
    if (!mark) return;
    const m = mark.getBoundingClientRect();
    const sheetTop = panel.getBoundingClientRect().top;
    const by = Math.min(m.bottom + GAP_PX - sheetTop, m.top - GAP_PX);
    if (by > 0) window.scrollBy(0, by);
  }, [panelRef, eventId]);
}
