/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = c.map((v) =>
    v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(hex: string, toward: string, t: number): string {
  const ch = (h: string, i: number) => parseInt(h.slice(i, i + 2), 16);
  const out = [1, 3, 5].map((i) => Math.round(ch(hex, i) + (ch(toward, i) - ch(hex, i)) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour moved toward white or black (whichever contrasts with `bg`) just enough to reach
 * `min`:1 against it; editors pick one colour and both themes stay readable.
 */
export function ensureContrast(hex: string, bg: string, min: number): string {
  const toward = luminance(bg) < 0.5 ? '#ffffff' : '#000000';
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const c = mix(hex, toward, t);
    if (contrastRatio(c, bg) >= min) return c;
  }
  return toward;
}
