import { StorySchema, type StoryFile } from './schema';
import type { LoadResult } from './issues';
import { schemaIssues } from './schemaIssues';
import { salvageStory } from './salvage';
import { crossCheck } from './crossCheck';
import { protoKeyIssues } from './protoKeys';
import { inFileOrder } from './issueOrder';
import { readStoryJson } from './storyJson';
import { validateFast } from './validateFast';

/**
 * Validates an unknown value as a story: the schema first, then what a schema cannot check.
 * zod alone decides the shape; there is no second statement of it to keep in step (the fast
 * check is generated from it). `mayHaveProto: false` skips looking for `"__proto__"` keys,
 * for text known to have none.
 */
export function validateStory(
  raw: unknown,
  file: string,
  mayHaveProto = true,
): LoadResult<StoryFile> {
  // The generated check decides a valid story's fate; zod itself runs only on a refused one,
  // for its messages.
  const fast = validateFast(raw, file);
  if (fast) return fast;
  const parsed = StorySchema.safeParse(raw);
  if (!parsed.success) {
    // Report reference and calendar problems too, so an editor sees every problem at once.
    const salvaged = salvageStory(raw);
    const more = salvaged ? crossCheck(file, salvaged.story, salvaged.brokenIds) : [];
    const reported = schemaIssues(file, raw, parsed.error);
    const proto = mayHaveProto ? protoKeyIssues(raw, file, reported) : [];
    return { ok: false, issues: inFileOrder([...reported, ...proto, ...more]) };
  }
  const issues = [
    ...(mayHaveProto ? protoKeyIssues(raw, file, []) : []),
    ...crossCheck(file, parsed.data),
  ];
  return issues.length
    ? { ok: false, issues: inFileOrder(issues) }
    : { ok: true, data: parsed.data };
}

/** Parses JSON text and validates it, turning a syntax error into an issue, not a throw. */
export function parseStory(text: string, file: string): LoadResult<StoryFile> {
  const json = readStoryJson(text, file);
  return json.ok ? validateStory(json.raw, file, json.mayHaveProto) : json;
}
