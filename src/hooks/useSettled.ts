import { startTransition, useEffect, useState } from 'react';
import type { TimelineStore } from '../store';
import type { TimelineState } from '../store/types';
import { levelOf } from '../timeline/zoom';
import { selectDomain } from '../store/selectors';

/**
 * A value derived from the store, updated at most once per `delayMs` (first change at once,
 * the last one of a burst when it ends): text that describes the view (summaries, slider
 * labels) need not re-render on every frame of a gesture.
 */
export function useSettled<T>(
  store: TimelineStore,
  select: (s: TimelineState) => T,
  equal: (a: T, b: T) => boolean,
  delayMs = 150,
): T {
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    let timer = 0;
    let dirty = false;
    const apply = () => {
      const next = select(store.getState());
      setValue((prev) => (equal(prev, next) ? prev : next));
    };
    const tick = () => {
      timer = 0;
      if (!dirty) return;
      dirty = false;
      apply();
      timer = window.setTimeout(tick, delayMs);
    };
    const unsubscribe = store.subscribe(() => {
      if (timer) {
        dirty = true;
        return;
      }
      apply();
      timer = window.setTimeout(tick, delayMs);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, select, equal, delayMs]);
  return value;
}

/**
 * How far the view may drift from its layout's level during a gesture before marks are laid
 * out again at once: zooming in only spreads marks apart, so that can wait for the pause; zooming
 * out crowds them (their titles are hidden meanwhile, see useQuietLabels), and past 0.4 the
 * drawn marks would no longer cover the view. Each relayout renders hundreds of marks, so during
 * a gesture it should come a few times, not every third frame.
 */
export const DRIFT_OUT = 0.4;
export const DRIFT_IN = 4;

/**
 * The zoom level label layout is computed for. During a gesture marks are only moved and
 * stretched (useHotMarks); the layout follows once the gesture pauses, or at once when the
 * view has drifted so far from it that the drawn marks would not cover it.
 */
export function useLayoutLevel(store: TimelineStore, pauseMs = 120): number {
  const [level, setLevel] = useState(() => levelOf(store.getState().view.k));
  useEffect(() => {
    let timer = 0;
    let current = level;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view.k === prev.view.k) return;
      const target = levelOf(s.view.k);
      window.clearTimeout(timer);
      if (target === current) return;
      const drift = s.view.k / current;
      const apply = () => {
        current = target;
        // A relayout renders hundreds of marks: as a transition React renders it in slices
        // between frames, and the old layout keeps moving with the gesture meanwhile.
        startTransition(() => setLevel(target));
      };
      if (drift < DRIFT_OUT || drift > DRIFT_IN) apply();
      else timer = window.setTimeout(apply, pauseMs);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
    // `level` seeds `current` once; later levels are tracked inside the subscription.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, pauseMs]);
  return level;
}

const sameDomain = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];

/** The visible window, once a gesture pauses: for words about the view, not for drawing it. */
export function useSettledDomain(store: TimelineStore): [number, number] {
  return useSettled(store, selectDomain, sameDomain);
}
