/** The longest id made from a title (the format allows 80 characters). */
const MAX = 60;

/**
 * An id for a reader's links from a title: lower-case letters and digits joined by hyphens,
 * accents dropped ("Zoë’s 2nd letter" → "zoes-2nd-letter"), cut at a word under 60
 * characters. Empty when the title has no such letters (a title in Japanese): the caller then
 * keeps a numbered id.
 */
export function slugOf(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > MAX) return out || w.slice(0, MAX);
    out = next;
  }
  return out;
}

/** `slugOf(title)`, or `fallback` when it is empty, made unique among `taken` (`-2`, `-3`…). */
export function idFromTitle(title: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugOf(title) || fallback;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
