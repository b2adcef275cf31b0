import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createTimelineStore, StoreContext, useTimelineStore } from '../store';
import { EventDetail } from './EventDetail';

/** Runs `fn` when the page is idle (or soon, where the browser has no idle callbacks). */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 4000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 1000);
  return () => clearTimeout(id);
}

/**
 * A reader's first tap paid for everything being done for the first time: the details' code
 * compiled, and Intl's date and number formats built (on a phone at a quarter speed, about a
 * third of the 270 ms it took). Once the page is idle, the first event's details are drawn
 * once into a detached element, never shown, and thrown away.
 */
export function DetailsWarmUp() {
  const store = useTimelineStore();
  useEffect(() => {
    const { index } = store.getState();
    const first = index.events.find((e) => e.citations.length > 0) ?? index.events[0];
    // Under test (React's act environment) a root drawn outside act only adds noise.
    const testing = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    if (!first || testing) return;
    let live = true;
    const cancel = whenIdle(() => {
      const root = createRoot(document.createElement('div'));
      const warm = createTimelineStore(index, { selectedId: first.id });
      const draw = () =>
        flushSync(() =>
          root.render(
            <StoreContext.Provider value={warm}>
              <EventDetail />
            </StoreContext.Provider>,
          ),
        );
      draw();
      // The figures and disagreements are a lazy part: once it has arrived, draw them too.
      void import('./EventRecord').then(() =>
        setTimeout(() => {
          if (live) draw();
          root.unmount();
        }, 0),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [store]);
  return null;
}
