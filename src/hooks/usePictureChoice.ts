import { useLayoutEffect } from 'react';
import type { TimelineStore } from '../store';

/** The id public/boot.js keeps when a reader taps a mark of the build-time picture, once. */
function takePictureChoice(win: Window): unknown {
  const w = win as Window & { __pictureChoice?: unknown };
  const id = w.__pictureChoice;
  delete w.__pictureChoice;
  return id;
}

/**
 * Opens the event a reader tapped on the build-time picture before the app took over: on the
 * app's first commit, before its first paint, so the picture's chosen mark becomes the app's,
 * with its details. Only an event of this story. Call it after the URL sync has started, so the
 * choice is written to the address as any other.
 */
export function usePictureChoice(store: TimelineStore): void {
  useLayoutEffect(() => {
    const id = takePictureChoice(window);
    const s = store.getState();
    if (typeof id === 'string' && s.index.eventById.has(id)) s.selectEvent(id);
  }, [store]);
}
