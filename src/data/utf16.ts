/**
 * Whether text decoded as UTF-8 was in fact UTF-16 (Windows Notepad's "Unicode", PowerShell's
 * `>`): its byte-order mark decodes to two replacement characters, and ASCII text to every
 * other character a NUL. JSON.parse would only say "Unexpected token", naming neither.
 */
export function looksLikeUtf16(text: string): boolean {
  if (text.startsWith('\uFFFD\uFFFD')) return true;
  const head = text.slice(0, 64);
  let nuls = 0;
  for (const ch of head) if (ch === '\u0000') nuls++;
  return head.length >= 2 && nuls * 3 >= head.length;
}

export const UTF16_PROBLEM = {
  message: 'the file is UTF-16; story files must be UTF-8',
  hint: 'save it again as UTF-8 (in most editors: Save as, Encoding: UTF-8)',
};
