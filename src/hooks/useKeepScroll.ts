import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { EventSpan } from '../data/dates';
import type { TimeScale } from '../timeline/timeScale';

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
    if (!selectedId || typeof window.scrollBy !== 'function') return;
    const boxes = [
      ...(svgRef.current?.querySelectorAll(`[data-event-id="${CSS.escape(selectedId)}"]`) ?? []),
    ].map((el) => el.getBoundingClientRect());
    if (boxes.length === 0) return;
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    if (top < 8 || bottom > window.innerHeight * 0.42)
      window.scrollBy(0, top - window.innerHeight * 0.08);
  }, [svgRef, selectedId]);
}
