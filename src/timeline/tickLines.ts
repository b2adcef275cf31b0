import { textWidth } from './textWidth';

/**
 * A tick's label in the lines that fit `maxPx`: one where it fits, else its last word ("2026")
 * on a line of its own under the rest. Every line but the last keeps its trailing space, so the
 * label's text reads as one ("Apr 2026").
 */
export function tickLinesOf(label: string, fontPx: number, bold: boolean, maxPx: number): string[] {
  if (textWidth(label, fontPx, bold) <= maxPx) return [label];
  const at = label.trimEnd().lastIndexOf(' ');
  if (at <= 0) return [label];
  return [label.slice(0, at + 1), label.slice(at + 1)];
}
