import { StorySchema, type StoryFile } from './schema';
import type { LoadResult, StoryIssue } from './issues';
import { schemaIssues } from './schemaIssues';
import { salvageStory } from './salvage';
import { crossCheck } from './crossCheck';
import { protoKeyIssues } from './protoKeys';
import { looksLikeUtf16, UTF16_PROBLEM } from './utf16';
import { compileSchema, REFUSED, type CompiledCheck } from './compileSchema';

// The checks live in their own files; callers import them from here.

const TOP_LEVEL: readonly string[] = Object.keys(StorySchema.shape);

let quickCheck: CompiledCheck | null = null;

/** Issues sorted as the file reads: top-level fields in schema order, then indices as numbers. */
function inFileOrder(issues: StoryIssue[]): StoryIssue[] {
  const rank = (path: string) => {
    const i = TOP_LEVEL.indexOf(/^[^.[]*/.exec(path)?.[0] ?? '');
    return i < 0 ? -1 : i;
  };
  // Array.prototype.sort is stable, so a schema error stays before a cross-check at one path.
  return issues.sort(
    (a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}

/**
 * Validates an unknown value as a story: the schema first, then what a schema cannot check.
 * zod alone decides the shape; there is no second statement of it to keep in step.
 * `mayHaveProto: false` skips looking for `"__proto__"` keys, for text known to have none.
 */
export function validateStory(
  raw: unknown,
  file: string,
  mayHaveProto = true,
): LoadResult<StoryFile> {
  // The schema compiled to closures decides a valid story's fate; zod itself runs only on a
  // refused one, for its messages. A value the compiled check accepts has no "__proto__" key.
  quickCheck ??= compileSchema(StorySchema);
  const quick = quickCheck(raw);
  if (quick !== REFUSED) {
    const issues = crossCheck(file, quick as StoryFile);
    return issues.length
      ? { ok: false, issues: inFileOrder(issues) }
      : { ok: true, data: quick as StoryFile };
  }
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

/** Where a JSON syntax error sits, as `line 3, column 7`, from V8's "at position N". */
function jsonErrorPlace(text: string, message: string): string {
  const m = / at position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** Parses JSON text and validates it, turning a syntax error into an issue, not a throw. */
export function parseStory(text: string, file: string): LoadResult<StoryFile> {
  // Some editors save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '')
    return { ok: false, issues: [{ file, path: '(root)', message: 'the file is empty' }] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    if (looksLikeUtf16(body))
      return { ok: false, issues: [{ file, path: '(root)', ...UTF16_PROBLEM }] };
    const message =
      e instanceof Error ? e.message.replace(/ \(line \d+ column \d+\)$/, '') : String(e);
    return {
      ok: false,
      issues: [
        {
          file,
          path: '(root)',
          message: `not valid JSON: ${message}${jsonErrorPlace(body, message)}`,
          hint: 'check for a missing comma, quote or bracket there',
        },
      ],
    };
  }
  // A key can only be "__proto__" if the text says so, or spells it with escapes.
  return validateStory(raw, file, body.includes('__proto__') || body.includes('\\u'));
}
