// Build-time handling of `VITE_MEDIA_ORIGINS` (used by vite.config.ts): the sites event images
// and players (YouTube's, a map's) may load from, after a reader's click, besides the story's
// own. The page's CSP `img-src` and `frame-src` list them, and the details show media from any
// other site as a link, not as a button whose picture or player the browser would block.
import { parseStoryOrigins } from './storyOrigins';

/** The comma-separated origins in `value`; throws naming the first that is not an origin. */
export function parseMediaOrigins(value: string): string[] {
  try {
    return parseStoryOrigins(value);
  } catch (e) {
    throw new Error(
      String(e instanceof Error ? e.message : e).replace('VITE_STORY', 'VITE_MEDIA'),
      {
        cause: e,
      },
    );
  }
}

/** `html` with `origins` added to its CSP meta tag's `img-src` (which must be there). */
export function addImageSources(html: string, origins: readonly string[]): string {
  if (!origins.length) return html;
  let found = false;
  const out = html.replace(/(img-src 'self'[^;"]*)([;"])/, (_, directive: string, end: string) => {
    found = true;
    return `${directive} ${origins.join(' ')}${end}`;
  });
  if (!found) throw new Error("index.html: no CSP `img-src 'self'` to add VITE_MEDIA_ORIGINS to");
  return out;
}

/**
 * `html` with `origins` added to its CSP meta tag's `frame-src 'self'`, where it has one (the
 * reader's page and the editor's preview: `'self'` for the Embed dialog's preview of the page).
 * A page without one is left as it is: it shows no media.
 */
export function addFrameSources(html: string, origins: readonly string[]): string {
  if (!origins.length) return html;
  return html.replace(
    /(frame-src 'self')([;"])/,
    (_, directive: string, end: string) => `${directive} ${origins.join(' ')}${end}`,
  );
}

/** Whether `address` is on one of the listed `origins` (an address that does not parse is not). */
export function isListedOrigin(address: string, origins: readonly string[]): boolean {
  try {
    return origins.includes(new URL(address).origin);
  } catch {
    return false;
  }
}

/** Whether the page may show an image from `src`: its own site, or a listed origin. */
export function isShownImage(src: string, pageUrl: string, origins: readonly string[]): boolean {
  try {
    const url = new URL(src, pageUrl);
    return url.origin === new URL(pageUrl).origin || origins.includes(url.origin);
  } catch {
    return false;
  }
}
