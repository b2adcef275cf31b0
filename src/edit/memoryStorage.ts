import type { DraftStorage } from './drafts';

/**
 * A draft storage held in a worker's memory, for `drafts.ts` to read and write there as on the
 * page: filled from the database (or from what the page holds), then written to the database.
 */
export function memoryStorage(initial: Record<string, string>): DraftStorage & {
  values: Map<string, string>;
} {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
