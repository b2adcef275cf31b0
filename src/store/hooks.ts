import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { TimelineStore } from './createTimelineStore';
import { selectDomain } from './selectors';
import type { TimelineState } from './types';

export const StoreContext = createContext<TimelineStore | null>(null);

/** Reads the timeline store of the nearest provider. */
export function useTimeline<T>(selector: (s: TimelineState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimeline needs a <StoreContext.Provider>');
  return useStore(store, selector);
}

/** The store itself, for actions in event handlers and for subscriptions too hot to render. */
export function useTimelineStore(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimelineStore needs a <StoreContext.Provider>');
  return store;
}

/** The visible window [fromMs, toMs]; compared by value so equal windows do not re-render. */
export function useDomain(): [number, number] {
  return useTimeline(useShallow(selectDomain));
}
