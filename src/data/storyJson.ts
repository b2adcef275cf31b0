import type { StoryIssue } from './issues';
import { looksLikeUtf16, UTF16_PROBLEM } from './utf16';

/** A story file's text read as JSON, not yet checked against the schema. */
export type StoryJson =
  | {
      ok: true;
      raw: unknown;
      /** Whether the text could hold a `"__proto__"` key (validate.ts looks for them only then). */
      mayHaveProto: boolean;
    }
  | { ok: false; issues: StoryIssue[] };

/** Where a JSON syntax error sits, as `line 3, column 7`, from V8's "at position N". */
function jsonErrorPlace(text: string, message: string): string {
  const m = / at position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/** Parses a story file's text, turning a syntax error (or an empty or UTF-16 file) into an issue. */
export function readStoryJson(text: string, file: string): StoryJson {
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
  return { ok: true, raw, mayHaveProto: body.includes('__proto__') || body.includes('\\u') };
}
