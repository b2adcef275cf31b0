/**
 * Keys for a list's items that follow the items, not their places: a removed citation takes
 * its key with it, so the fields after it keep their own (focus, typed text, open state).
 *
 * Edits copy only what they change (`path.ts`), so an item untouched by an edit is the same
 * object before and after: it keeps its key. An item that changed in place keeps the key of
 * what stood at its index, if no other item took it. Anything else is new.
 */
export interface KeyedList {
  items: readonly unknown[];
  keys: readonly string[];
}

export function followKeys(
  before: KeyedList,
  items: readonly unknown[],
  fresh: () => string,
): KeyedList {
  const taken = new Set<string>();
  const byItem = new Map<unknown, string[]>();
  before.items.forEach((item, i) => {
    const key = before.keys[i];
    if (key === undefined) return;
    byItem.set(item, [...(byItem.get(item) ?? []), key]);
  });
  const keys: (string | undefined)[] = items.map((item) => {
    const key = byItem.get(item)?.find((k) => !taken.has(k));
    if (key !== undefined) taken.add(key);
    return key;
  });
  const out = keys.map((key, i) => {
    if (key !== undefined) return key;
    const there = before.keys[i];
    if (there !== undefined && !taken.has(there) && before.items.length === items.length) {
      taken.add(there);
      return there;
    }
    const made = fresh();
    taken.add(made);
    return made;
  });
  return { items, keys: out };
}
