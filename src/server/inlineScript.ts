// The built page with its blocking head script written into it: the browser then parses on at
// once instead of waiting a round trip for the file (the page's first paint, and the story
// download boot.js starts, came after it). The page's CSP allows scripts from 'self' only, so
// the script's hash joins its script-src.

/**
 * `page` with `<script src="{src}"></script>` replaced by `code` inline (marked
 * `data-from="{src}"`, so the first view's weight still counts the file), and
 * `'sha256-{hash}'` added to the CSP meta's `script-src`. `hash` is the base64 SHA-256 of
 * `code`'s UTF-8 bytes. Throws when the tag, or a CSP with `script-src`, is not there, or
 * when `code` would end the script element early.
 */
export function inlineScript(page: string, src: string, code: string, hash: string): string {
  const tag = `<script src="${src}"></script>`;
  const at = page.indexOf(tag);
  if (at < 0) throw new Error(`the page has no ${tag} to write inline`);
  if (/<\/script|<!--/i.test(code)) throw new Error(`${src} holds "</script" or "<!--"`);
  const csp = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*script-src )/i;
  if (!csp.test(page)) throw new Error('the page has no CSP meta with a script-src to allow it');
  const inline = `<script data-from="${src}">${code}</script>`;
  return (page.slice(0, at) + inline + page.slice(at + tag.length)).replace(
    csp,
    (m) => `${m}'sha256-${hash}' `,
  );
}
