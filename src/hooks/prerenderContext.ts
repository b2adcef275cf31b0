import { createContext } from 'react';

/**
 * Set only while the page is rendered to HTML at build time (scripts/prerender.tsx): the
 * viewport and timeline widths the picture is drawn for, since there is nothing to measure.
 */
export interface PrerenderSize {
  viewportPx: number;
  trackPx: number;
}

export const PrerenderContext = createContext<PrerenderSize | null>(null);

/** `(min-width: 720px)` and `(max-width: …)` against the prerender viewport; anything else: no. */
export function matchesAt(query: string, viewportPx: number): boolean {
  const m = /^\((min|max)-width:\s*(\d+(?:\.\d+)?)px\)$/.exec(query.trim());
  if (!m) return false;
  const px = Number(m[2]);
  return m[1] === 'min' ? viewportPx >= px : viewportPx <= px;
}
