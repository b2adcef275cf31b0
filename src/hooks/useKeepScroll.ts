import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { TimeScale } from '../timeline/timeScale';
import { type EventSpan } from '../data/dateParse';

/**
 * Keeps the page's scroll steady on the phone's vertical timeline, which scrolls with the
 * page: zooming keeps the chosen event (else the middle of the screen) where it is on screen,
 * and the chosen event (its mark and its label) stays in the upper part of the screen, clear
 * of the details sheet.
 */
export function useKeepScroll(
  svgRef: RefObject<SVGSVGElement | null>,
  k: number,
  scale: TimeScale,
  selectedId: string | null,
  spans: ReadonlyMap<string, EventSpan>,
): void {
  const prev = useRef<{ k: number; scale: TimeScale } | null>(null);
  useLayoutEffect(() => {
    const p = prev.current;
    prev.current = { k, scale };
    const svg = svgRef.current;
    if (!p || p.k === k || !svg) return;
    const top = svg.getBoundingClientRect().top;
    const span = selectedId ? spans.get(selectedId) : undefined;
    const anchorMs = span
      ? (span.startMs + span.endMs) / 2
      : p.scale.invert(window.innerHeight / 2 - top).getTime();
    const before = p.scale(anchorMs);
    const after = scale(anchorMs);
    if (Number.isFinite(before) && Number.isFinite(after)) window.scrollBy(0, after - before);
  }, [svgRef, k, scale, selectedId, spans]);

  useLayoutEffect(() => {
    if (selectedId && svgRef.current) revealChosen(svgRef.current, selectedId);
  }, [svgRef, selectedId]);
}

/**
 * How much of the top of the screen a sticky panel takes once stuck: the guided story's
 * steps on a phone (its caption and Back / Next stay on screen while the rail scrolls).
 */
function stickyTopPx(): number {
  const panel = document.querySelector('.story-mode');
  if (!panel || getComputedStyle(panel).position !== 'sticky') return 0;
  return panel.getBoundingClientRect().height;
}

/**
 * Scrolls the page so the chosen event's mark and label sit in the upper part of the screen,
 * below a sticky panel and clear of the details sheet over the bottom of it.
 */
export function revealChosen(root: ParentNode, id: string): void {
  if (typeof window.scrollBy !== 'function') return;
  // The mark and the label: not a whisker or bar, which may run the length of a month.
  const sel = `[data-event-id="${CSS.escape(id)}"]`;
  const boxes = [...root.querySelectorAll(`${sel}[role="button"], ${sel} .mark-shape`)].map((el) =>
    el.getBoundingClientRect(),
  );
  if (boxes.length === 0) return;
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const want = Math.max(window.innerHeight * 0.08, stickyTopPx() + 8);
  if (top < want - 1 || bottom > Math.max(window.innerHeight * 0.42, want + bottom - top))
    window.scrollBy(0, top - want);
}
