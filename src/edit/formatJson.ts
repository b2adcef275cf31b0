/*
 * JSON laid out as `npm run format` (prettier, printWidth 100) lays out a story written by
 * JSON.stringify, so a downloaded story.json is already formatted. Prettier is not shipped to
 * the browser for this: its rules for JSON are few, and tests/edit/formatJson.test.ts checks
 * this against prettier itself.
 */

const WIDTH = 100;
const INDENT = '  ';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The one-line form: `{ "a": 1 }`, `["x", "y"]`, `[]`, `{}`. */
function flat(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(flat).join(', ')}]`;
  if (isObject(v)) {
    const entries = Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${flat(x)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(v);
}

/**
 * Prettier always breaks an array of two or more objects that each have more than one key (or
 * arrays of more than one item), and a forced break breaks every enclosing object and array.
 */
function mustBreak(v: Json): boolean {
  if (Array.isArray(v)) {
    const many =
      v.length > 1 &&
      (v.every((x) => isObject(x) && Object.keys(x).length > 1) ||
        v.every((x) => Array.isArray(x) && x.length > 1));
    return many || v.some(mustBreak);
  }
  if (isObject(v)) return Object.values(v).some(mustBreak);
  return false;
}

/** `v` printed at `depth`, starting at column `column`, followed on its line by `after`. */
function print(v: Json, depth: number, column: number, after: string): string {
  const one = flat(v);
  const empty = one === '[]' || one === '{}';
  const fits = column + one.length + after.length <= WIDTH;
  if (empty || typeof v !== 'object' || v === null || (fits && !mustBreak(v))) return one;
  const pad = INDENT.repeat(depth + 1);
  const items: [string, Json][] = Array.isArray(v)
    ? v.map((x) => ['', x])
    : Object.entries(v).map(([k, x]) => [`${JSON.stringify(k)}: `, x]);
  const lines = items.map(([key, x], i) => {
    const comma = i < items.length - 1 ? ',' : '';
    return `${pad}${key}${print(x, depth + 1, pad.length + key.length, comma)}${comma}`;
  });
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${INDENT.repeat(depth)}${close}`;
}

/** The text of a story file: formatted, with a final newline. */
export function formatJson(value: unknown): string {
  // A round trip drops `undefined` fields and leaves only JSON values.
  const json = JSON.parse(JSON.stringify(value)) as Json;
  return `${print(json, 0, 0, '')}\n`;
}
