/**
 * Text widths without a browser: advance widths of DejaVu Sans, the widest common system sans
 * (Debian's system-ui), in em for ASCII 32–126. Laying out with the widest face leaves slack
 * in narrower ones (San Francisco, Segoe UI, Roboto) instead of overlaps, and gives the same
 * wrapping in the browser, in tests and in the build-time picture.
 */
const ASCII_EM = [
  0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318,
  0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838,
  0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295,
  0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685,
  0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635,
  0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634,
  0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
];

/** Width of one character in em: ASCII from the table, wide scripts at 1 em, others ~0.64. */
function charEm(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_EM[code - 32] ?? 0.64;
  // CJK, kana, Hangul and full-width forms take a full em.
  if (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xff60)
  )
    return 1;
  // Curly quotes, dashes and accented Latin letters sit near the average lowercase width.
  return 0.64;
}

/** The width of `text` in px at `fontPx` (bold adds about 9 %). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  let em = 0;
  for (let i = 0; i < text.length; i++) em += charEm(text.charCodeAt(i));
  return em * fontPx * (bold ? 1.09 : 1);
}

/**
 * Breaks `text` at spaces into lines no wider than `maxPx`, at most `maxLines` of them; only
 * when the text needs more is the last line cut with "…". A word longer than a line stands
 * alone on its line (and is cut only if it is the last allowed).
 */
export function wrapToWidth(
  text: string,
  maxPx: number,
  fontPx: number,
  maxLines: number,
): { lines: string[]; cut: boolean; widthPx: number } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (!line || textWidth(next, fontPx) <= maxPx) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  let cut = false;
  if (lines.length > maxLines) {
    cut = true;
    lines.length = maxLines;
  }
  const last = lines.length - 1;
  const lastLine = lines[last];
  if (lastLine !== undefined && (cut || textWidth(lastLine, fontPx) > maxPx)) {
    let s = cut ? `${lastLine}…` : lastLine;
    while (s.length > 2 && textWidth(s, fontPx) > maxPx) s = `${s.slice(0, -2).trimEnd()}…`;
    if (s !== lastLine) cut = true;
    lines[last] = s;
  }
  let widthPx = 0;
  for (const l of lines) widthPx = Math.max(widthPx, textWidth(l, fontPx));
  return { lines, cut, widthPx };
}
