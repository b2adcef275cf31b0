import { useContext, useSyncExternalStore } from 'react';
import { matchesAt, PrerenderContext } from './prerenderContext';

/** Whether a media query matches, kept current. False where matchMedia is missing (jsdom). */
export function useMediaQuery(query: string): boolean {
  const prerender = useContext(PrerenderContext);
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    () =>
      typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query).matches : false,
    () => (prerender ? matchesAt(query, prerender.viewportPx) : false),
  );
}

/** The desk's page: the chosen event's details in a column beside the graphic (styles.css). */
export const WIDE_DESK = '(min-width: 1024px)';

export const useReducedMotion = () => useMediaQuery('(prefers-reduced-motion: reduce)');
