/** Every object (and array) inside a value, to pick one to damage. */
function containers(value: unknown, out: object[] = []): object[] {
  if (value && typeof value === 'object') {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

/**
 * Sets `value` as an own property of the `n`th object or array inside `story` (counting round):
 * under `key` in an object, at an index up to one past the end in an array. Defined rather than
 * assigned, so `__proto__` becomes a key as JSON.parse makes it.
 */
export function damageAnywhere(story: unknown, n: number, key: string, value: unknown): void {
  const all = containers(story);
  const target = all[n % all.length]!;
  Object.defineProperty(target, Array.isArray(target) ? String(n % (target.length + 1)) : key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Paths to every string inside a value. */
export function strings(
  value: unknown,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (typeof value === 'string') out.push(at);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      strings(v, [...at, Array.isArray(value) ? Number(k) : k], out);
  return out;
}
