import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { TimelineStore } from '../store';
import { selectVisibleEvents } from '../store/selectors';
import { nextFocus, type FocusMove } from '../timeline/roving';
import { answerKey } from './timelineKeys';

/**
 * The marks layer's keyboard: arrow keys, Home and End move the roving focus through the visible
 * events, Enter and Space select. Keyboard focus follows the roving focus once the focused event
 * is drawn (`drawn` changes). Returns the layer's `onKeyDown`.
 */
export function useRovingFocus(
  layerRef: RefObject<SVGGElement | null>,
  store: TimelineStore,
  focusedId: string | null,
  drawn: unknown,
): (ev: KeyboardEvent<SVGGElement>) => void {
  // Set by arrow keys: the next drawn focused event takes focus even if the old one unmounted.
  const keyboardMove = useRef(false);

  useLayoutEffect(() => {
    const layer = layerRef.current;
    if (!layer || !focusedId) return;
    if (!keyboardMove.current && !layer.contains(document.activeElement)) return;
    const el = layer.querySelector<SVGGElement>(
      `[data-event-id="${CSS.escape(focusedId)}"][role="button"]`,
    );
    if (!el) return;
    keyboardMove.current = false;
    if (el !== document.activeElement) el.focus({ preventScroll: true });
  }, [layerRef, focusedId, drawn]);

  return (ev) => {
    const id = (ev.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id');
    if (!id) return;
    const s = store.getState();
    const move = (to: FocusMove) => {
      const target = nextFocus(
        selectVisibleEvents(s).map((e) => e.id),
        id,
        to,
      );
      if (!target) return false;
      keyboardMove.current = true;
      s.focusEvent(target, { reveal: true });
    };
    answerKey(ev, {
      previous: move,
      next: move,
      first: move,
      last: move,
      open: () => s.selectEvent(id, { reveal: true }),
    });
  };
}
