import type { z } from 'zod';
import type { StoryIssue } from './issues';
import { precisionHint } from './dateChecks';

type PathPart = PropertyKey;

/** `events[3].date.end` from zod's path array. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

/** The value at `path` inside `raw`, reading own properties only (no `__proto__` surprises). */
function valueAt(raw: unknown, path: readonly PathPart[]): unknown {
  let node: unknown = raw;
  for (const p of path) {
    if (node === null || typeof node !== 'object' || typeof p === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, p)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[p];
  }
  return node;
}

/** The id of the innermost array item a path points into (`events[3]` → that event's id). */
function idAt(raw: unknown, path: readonly PathPart[]): string | undefined {
  let found: string | undefined;
  for (let n = 1; n <= path.length; n++) {
    if (typeof path[n - 1] !== 'number') continue;
    const item = valueAt(raw, path.slice(0, n));
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const id = (item as Record<string, unknown>).id;
      if (typeof id === 'string' && id.length <= 80) found = id;
    }
  }
  return found;
}

const HINTS: Partial<Record<string, string>> = {
  invalid_union: 'date.precision must be one of day, month, range, approximate',
  unrecognized_keys: 'remove the field, or check its spelling against data/story.schema.json',
  too_small: 'fill it in',
  too_big: 'shorten it',
};

/** Keeps a line readable when the file has, say, a megabyte-long misspelt key. */
const short = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

/** Zod's message, or plainer words for a missing field. */
function messageFor(raw: unknown, issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  if (
    issue.code === 'invalid_type' &&
    typeof last === 'string' &&
    valueAt(raw, issue.path.slice(0, -1)) !== undefined &&
    valueAt(raw, issue.path) === undefined
  )
    return `"${last}" is missing (expected ${issue.expected})`;
  return short(issue.message);
}

/**
 * Our own texts are a string or a map of language to string: when neither fits, zod says only
 * "Invalid input". Report what the branch the value chose says instead ("must not be empty",
 * `title.de` too long), and a missing text as missing.
 */
function ownText(raw: unknown, issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || eventDatePath(issue.path)) return issue;
  const value = valueAt(raw, issue.path);
  if (value === undefined)
    return {
      ...issue,
      code: 'invalid_type',
      expected: 'string',
      input: undefined,
    } as z.core.$ZodIssue;
  const branch = issue.errors[typeof value === 'string' ? 0 : 1]?.[0];
  return branch ? { ...branch, path: [...issue.path, ...branch.path] } : issue;
}

/** The path of the event date an issue sits in (`events[2].date`), if it does. */
function eventDatePath(path: readonly PathPart[]): readonly PathPart[] | undefined {
  return path[0] === 'events' && typeof path[1] === 'number' && path[2] === 'date'
    ? path.slice(0, 3)
    : undefined;
}

/**
 * Schema errors as story issues. Errors inside one event date (a missing `date` plus an
 * unexpected `month`, say) become a single issue saying which precision fits the value.
 */
export function schemaIssues(file: string, raw: unknown, error: z.ZodError): StoryIssue[] {
  const out: StoryIssue[] = [];
  const dates = new Map<string, StoryIssue>();
  for (const found of error.issues) {
    const i = ownText(raw, found);
    const issue: StoryIssue = { file, path: formatPath(i.path), message: messageFor(raw, i) };
    const id = idAt(raw, i.path);
    if (id) issue.id = id;
    const datePath = eventDatePath(i.path);
    const hint = datePath ? precisionHint(valueAt(raw, datePath)) : HINTS[i.code];
    if (hint) issue.hint = hint;
    if (datePath) {
      const key = formatPath(datePath);
      const first = dates.get(key);
      if (first) {
        first.path = key;
        first.message = `${first.message}; ${issue.message}`;
        continue;
      }
      dates.set(key, issue);
    }
    out.push(issue);
  }
  return out;
}
