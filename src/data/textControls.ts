/**
 * Characters a text may not hold, each with its name for the message. Bidi embeddings,
 * overrides and isolates reorder the text around them (U+202E turns "— timeline" after a
 * title into "enilemit —"); C0 and C1 controls and DEL are invisible, or worse in a terminal.
 * Kept: tab, line feed and carriage return (a quote's line breaks), and the marks languages
 * need: zero-width joiner and non-joiner, left-to-right, right-to-left and Arabic letter marks.
 */
const NAMES: Partial<Record<number, string>> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Every character FORBIDDEN can start with, surrogates whole: one class, no look-around, so the
 * common text (none of them) is cleared in one quick scan before the exact pattern runs.
 */
const MAYBE_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'g');

/** `text` without the characters `textControlProblem` refuses (for importers and tests). */
export const withoutTextControls = (text: string): string => text.replace(FORBIDDEN_ALL, '');

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character `text` may not hold, in words (`contains U+202E (right-to-left
 * override) at character 12`), or null.
 */
export function textControlProblem(text: string): string | null {
  if (!MAYBE_FORBIDDEN.test(text)) return null;
  const m = FORBIDDEN.exec(text);
  if (!m) return null;
  const code = m[0].charCodeAt(0);
  const what =
    code >= 0xd800 && code <= 0xdfff
      ? 'half of a surrogate pair (text that is not valid Unicode)'
      : (NAMES[code] ?? 'a control character');
  return `contains ${hex(code)} (${what}) at character ${m.index + 1}`;
}
