/**
 * Undo and redo over immutable values. Typing into one field makes one step, not one per
 * keystroke: a change with the same `key` as the last, within `MERGE_MS`, replaces it.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The key and time of the last change, for merging keystrokes. */
  lastKey: string | null;
  lastAt: number;
}

export const MERGE_MS = 1500;
/** Steps kept: enough for an afternoon, small enough for a large story. */
const LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

export function pushHistory<T>(h: History<T>, next: T, key: string, nowMs: number): History<T> {
  if (next === h.present) return h;
  const merge = key === h.lastKey && nowMs - h.lastAt < MERGE_MS && h.past.length > 0;
  const past = merge ? h.past : [...h.past, h.present].slice(-LIMIT);
  return { past, present: next, future: [], lastKey: key, lastAt: nowMs };
}

export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (prev === undefined) return h;
  return {
    past: h.past.slice(0, -1),
    present: prev,
    future: [h.present, ...h.future],
    lastKey: null,
    lastAt: 0,
  };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return {
    past: [...h.past, h.present],
    present: next,
    future: h.future.slice(1),
    lastKey: null,
    lastAt: 0,
  };
}

/**
 * The steps kept with a saved draft, the nearest first, within `budget` (as `size` counts):
 * enough to undo after a reload without filling the browser's storage with old copies.
 */
export function keptSteps<T>(
  h: History<T>,
  size: (step: T) => number,
  budget: number,
): { past: T[]; future: T[] } {
  let left = budget;
  const take = (steps: readonly T[]) => {
    const out: T[] = [];
    for (const step of steps) {
      left -= size(step);
      if (left < 0) break;
      out.push(step);
    }
    return out;
  };
  // Undo is wanted more than redo: the past takes from the budget first.
  const past = take([...h.past].reverse()).reverse();
  return { past, future: take(h.future) };
}

/** A history that starts at `present` with steps read back from a saved draft. */
export function restoredHistory<T>(present: T, past: T[] = [], future: T[] = []): History<T> {
  return {
    past: past.slice(-LIMIT),
    present,
    future: future.slice(0, LIMIT),
    lastKey: null,
    lastAt: 0,
  };
}
