import type { StoryIssue } from './issues';
import { formatPath } from './schemaIssues';

/** A value met on the walk, linked to its parent so the path is built only when needed. */
interface Step {
  node: unknown;
  key: string | number | null;
  parent: Step | null;
  id: string | undefined;
}

const pathOf = (step: Step): (string | number)[] => {
  const out: (string | number)[] = [];
  for (let s: Step | null = step; s && s.key !== null; s = s.parent) out.push(s.key);
  return out.reverse();
};

/**
 * A `"__proto__"` key where zod would not report it. JSON.parse makes it an own key, like any
 * other; zod's strict objects report it as unknown, but its records (a text by language, a
 * quote's translations) skip it without a word, since copying it would replace the result's
 * prototype. Found here instead, so it is refused like any other key that is not a language.
 * A loop, not recursion: a file may nest 100,000 deep.
 */
export function protoKeyIssues(
  raw: unknown,
  file: string,
  reported: readonly StoryIssue[],
): StoryIssue[] {
  const out: StoryIssue[] = [];
  const seen = new Set(reported.map((i) => i.path));
  const stack: Step[] = [{ node: raw, key: null, parent: null, id: undefined }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, id } = step;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) {
        const item: unknown = node[i];
        stack.push({ node: item, key: i, parent: step, id: idOf(item) ?? id });
      }
      continue;
    }
    // A strict object has said so already, at the object's own path.
    if (Object.hasOwn(node, '__proto__') && !seen.has(formatPath(pathOf(step))))
      out.push({
        file,
        path: formatPath([...pathOf(step), '__proto__']),
        ...(id ? { id } : {}),
        message: 'unknown key "__proto__"',
        hint: 'remove the field, or check its spelling against data/story.schema.json',
      });
    for (const [key, value] of Object.entries(node))
      if (key !== '__proto__') stack.push({ node: value, key, parent: step, id });
  }
  return out;
}

function idOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const id = (item as Record<string, unknown>).id;
  return typeof id === 'string' && id.length <= 80 ? id : undefined;
}
