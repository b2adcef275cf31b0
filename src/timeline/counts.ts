/**
 * At most four characters, so a pill (at most 54 px wide) fits its 56 px bin: 999, 1.3k, 13k,
 * 130k. The accessible name keeps the exact count.
 */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 9950) return `${(n / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.round(n / 1000)}k`;
}
