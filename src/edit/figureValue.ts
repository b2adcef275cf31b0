/**
 * What the value box holds as a number: empty is `null` (no document gives it), and thousands
 * separators are dropped so "25,000" reads as written. Anything else is NaN, which the schema
 * rejects at the field, so a typo blocks the download instead of being silently dropped.
 */
export function parseFigureValue(text: string): number | null {
  const plain = text.replace(/[\s,_]/g, '');
  return plain === '' ? null : Number(plain);
}

/** Equal values, counting two NaNs (two unreadable texts) as the same. */
export const sameValue = (a: number | null, b: number | null) =>
  a === b || (a !== null && b !== null && Number.isNaN(a) && Number.isNaN(b));
