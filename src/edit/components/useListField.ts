import { useState } from 'react';
import type { Story } from '../../data/schema';
import { getAt, setAt } from '../path';
import { followKeys, type KeyedList } from '../listKeys';
import { useEditor } from './context';

/** One item of a bound list: its stable key, place, path and value. */
export interface ListItem<T> {
  key: string;
  index: number;
  /** `events[0].citations[1]`. */
  path: string;
  value: T;
}

export interface BoundList<T> {
  path: string;
  items: ListItem<T>[];
  /** Appends an item: an undo step of its own. */
  add: (item: T) => void;
  /** Removes the item at `index`: an undo step of its own. */
  remove: (index: number) => void;
}

const NONE: readonly unknown[] = [];
let made = 0;
const freshKey = () => `k${(made += 1)}`;

/**
 * A list of the story at `path`, with keys that follow its items (`listKeys.ts`). An `optional`
 * list is left out of the story when its last item goes, as the format writes no `[]`.
 */
export function useListField<T>(path: string, { optional = false } = {}): BoundList<T> {
  const list = (useEditor((s) => getAt(s.history.present.story, path)) ?? NONE) as readonly T[];
  const edit = useEditor((s) => s.edit);
  const [keyed, setKeyed] = useState<KeyedList>(() =>
    followKeys({ items: NONE, keys: [] }, list, freshKey),
  );
  let current = keyed;
  // Derived from the previous render's list, as React allows state to be: no effect, no flash.
  if (keyed.items !== list) {
    current = followKeys(keyed, list, freshKey);
    setKeyed(current);
  }
  const now = (s: Story) => (getAt(s, path) ?? NONE) as readonly T[];
  // Adding or removing is a step of its own: the list's new length keeps two in a row apart.
  const change = (next: (s: Story) => readonly T[]) =>
    edit(`${path}#${list.length}`, (s) => {
      const items = next(s);
      return setAt(s, path, optional && !items.length ? undefined : items);
    });
  return {
    path,
    items: list.map((value, index) => ({
      key: current.keys[index] ?? String(index),
      index,
      path: `${path}[${index}]`,
      value,
    })),
    add: (item) => change((s) => [...now(s), item]),
    remove: (index) => change((s) => now(s).filter((_, i) => i !== index)),
  };
}
