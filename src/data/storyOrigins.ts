// Build-time handling of `VITE_STORY_ORIGINS` (used by vite.config.ts): the origins `?data=`
// may load from must also be in the page's CSP `connect-src`, or the browser blocks the fetch.

/**
 * The comma-separated origins in `value`, each checked to be exactly an http(s) origin
 * (`https://data.example.org`, no path or trailing slash). Throws naming the first bad entry:
 * anything else would never match a URL's origin, and could smuggle directives into the CSP.
 */
export function parseStoryOrigins(value: string): string[] {
  const entries = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const entry of entries) {
    let origin = '';
    try {
      origin = new URL(entry).origin;
    } catch {
      // Falls through to the error below.
    }
    if (origin !== entry || !/^https?:/.test(entry))
      throw new Error(
        `VITE_STORY_ORIGINS: “${entry.slice(0, 80)}” is not an origin like https://data.example.org` +
          (origin && origin !== 'null' ? ` (did you mean ${origin}?)` : ''),
      );
  }
  return entries;
}

/** `html` with `origins` added to its CSP meta tag's `connect-src` (which must be there). */
export function addConnectSources(html: string, origins: readonly string[]): string {
  if (!origins.length) return html;
  let found = false;
  const out = html.replace(/(connect-src 'self')([;"])/, (_, directive: string, end: string) => {
    found = true;
    return `${directive} ${origins.join(' ')}${end}`;
  });
  if (!found)
    throw new Error("index.html: no CSP `connect-src 'self'` to add VITE_STORY_ORIGINS to");
  return out;
}
