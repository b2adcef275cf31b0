/*
 * A field's place in the story, written once as the validator names it (`events[3].date.end`):
 * the form reads its value there, writes its change there, and finds its problems there.
 */

/** One step of a path: a key of an object or an index of a list. */
export type PathStep = string | number;

/** `events[3].date.end` → `['events', 3, 'date', 'end']`. */
export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    steps.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return steps;
}

/** The value at `path` inside `root`, or undefined where the path leads nowhere. */
export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const step of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, step)) return undefined;
    node = (node as Record<PathStep, unknown>)[step];
  }
  return node;
}

function setStep(node: unknown, steps: readonly PathStep[], value: unknown): unknown {
  const [step, ...rest] = steps;
  if (step === undefined) return value;
  if (typeof step === 'number') {
    const list = Array.isArray(node) ? node : [];
    const next = setStep(list[step], rest, value);
    // An undefined item would be written as null: the list loses it instead.
    if (next === undefined) return list.filter((_, i) => i !== step);
    const copy = [...list];
    copy[step] = next;
    return copy;
  }
  const item = node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : {};
  const next = setStep(item[step], rest, value);
  // The format leaves an optional field out rather than writing it empty.
  if (next === undefined)
    return Object.fromEntries(Object.entries(item).filter(([k]) => k !== step));
  return { ...item, [step]: next };
}

/**
 * `root` with the value at `path` replaced, copying only the objects and lists on the way:
 * everything else keeps its identity (the lists' stable keys rely on it). `undefined` removes
 * the key (or the list item).
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setStep(root, parsePath(path), value) as T;
}

/** How a field writes an empty text: as it is, by leaving the key out, or as null. */
export type EmptyAs = 'text' | 'omit' | 'null';

/** The value a field stores for what was typed. */
export function storedText(v: string, empty: EmptyAs): string | null | undefined {
  if (v !== '' || empty === 'text') return v;
  return empty === 'null' ? null : undefined;
}
