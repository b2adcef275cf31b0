import { useEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store';

/**
 * Two fingers zoom the vertical timeline; one finger is left to the browser, so a swipe
 * scrolls the page. (The element has `touch-action: pan-y`, so the browser does not zoom the
 * page itself.)
 */
export function usePinchZoom(ref: RefObject<Element | null>, store: TimelineStore): void {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let start: { d: number; k: number } | null = null;
    const dist = (t: TouchList) => {
      const a = t[0];
      const b = t[1];
      return a && b ? Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) : 0;
    };
    const onStart = (e: Event) => {
      const t = (e as TouchEvent).touches;
      if (t.length === 2) start = { d: dist(t), k: store.getState().view.k };
    };
    const onMove = (e: Event) => {
      const t = (e as TouchEvent).touches;
      if (!start || t.length !== 2 || start.d <= 0) return;
      e.preventDefault();
      const s = store.getState();
      s.setView({ k: start.k * (dist(t) / start.d), x: s.view.x });
    };
    const onEnd = () => {
      start = null;
    };
    el.addEventListener('touchstart', onStart, { passive: true });
    el.addEventListener('touchmove', onMove, { passive: false });
    el.addEventListener('touchend', onEnd);
    el.addEventListener('touchcancel', onEnd);
    return () => {
      el.removeEventListener('touchstart', onStart);
      el.removeEventListener('touchmove', onMove);
      el.removeEventListener('touchend', onEnd);
      el.removeEventListener('touchcancel', onEnd);
    };
  }, [ref, store]);
}
