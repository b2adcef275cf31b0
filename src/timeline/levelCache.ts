/**
 * Memoises a per-zoom-level computation (label layout): zooming back through levels already
 * seen costs nothing. Bounded, so a long session does not hold every level ever visited.
 */
export function memoByLevel<T>(compute: (levelK: number) => T, max = 24): (levelK: number) => T {
  const cache = new Map<number, T>();
  return (levelK) => {
    const hit = cache.get(levelK);
    if (hit !== undefined) return hit;
    const value = compute(levelK);
    if (cache.size >= max) cache.clear();
    cache.set(levelK, value);
    return value;
  };
}

/** A small bounded cache by string key: `get(key, make)` computes a value once per key. */
export function memoByKey<T>(max = 32): (key: string, make: () => T) => T {
  const cache = new Map<string, T>();
  return (key, make) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
