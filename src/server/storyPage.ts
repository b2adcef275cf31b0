// The app's built index.html made the page of one story: its picture drawn into #root, the
// story's JSON beside it (the app reads it as its bundled story), and the head's title, share
// tags and oEmbed link describing it. Pure string work on the page Vite built, so the build
// (scripts/prerender.ts), `npm run publish` and the editor's "Download for the web" all write
// the same page from the same story.
import { BUNDLED_STORY_ID } from '../data/bundled';
import type { StoryFile } from '../data/schema';
import { escapeHtml } from '../embed/picture';

/** What the head says about the story: in its own language, as the picture is. */
export interface PageMeta {
  /** The tab's title ("Title — a sourced timeline"). */
  title: string;
  /** og:title and twitter:title: the story's own title. */
  headline: string;
  description: string;
  /** `lang` of the page: the story's language. */
  lang: string;
  /** The share picture, relative to the page, with its size and alt text; null keeps the page's. */
  image: { url: string; widthPx: number; heightPx: number; alt: string } | null;
}

const ROOT = '<div id="root">';
const JSON_OPEN = `<script type="application/json" id="${BUNDLED_STORY_ID}">`;

/**
 * `page` with `#root` holding `rootHtml` and the story's JSON after it, whether `page` is the
 * empty page Vite built or one with a story drawn in already (a published folder's, the
 * build's). Throws when `page` has no `#root`.
 */
export function drawIntoPage(page: string, rootHtml: string, story: StoryFile): string {
  const start = page.indexOf(ROOT);
  if (start < 0) throw new Error(`the page has no ${ROOT} to draw into`);
  // The JSON follows #root directly, so the drawn root ends where it starts.
  const json = page.indexOf(`</div>${JSON_OPEN}`, start);
  const end =
    json >= 0
      ? page.indexOf('</script>', json) + '</script>'.length
      : page.indexOf('</div>', start) + '</div>'.length;
  if (json < 0 && page.slice(start, end) !== `${ROOT}</div>`)
    throw new Error(`the page's ${ROOT} is neither empty nor followed by the story's JSON`);
  // `<` is escaped so no text in the story can close the element.
  const data = JSON.stringify(story).replace(/</g, '\\u003c');
  return (
    page.slice(0, start) + `${ROOT}${rootHtml}</div>${JSON_OPEN}${data}</script>` + page.slice(end)
  );
}

/** Sets the `content` of the `<meta>` whose `attr` is `name`, adding one when missing. */
function setMeta(head: string, attr: 'name' | 'property', name: string, value: string): string {
  const tag = `<meta ${attr}="${name}" content="${escapeHtml(value)}" />`;
  // Prettier may have wrapped the built page's tags over lines: match across them.
  const re = new RegExp(`<meta\\s+${attr}="${name.replace(/[.:]/g, '\\$&')}"[^>]*>`);
  return re.test(head) ? head.replace(re, () => tag) : head.replace('</head>', `${tag}\n</head>`);
}

/** `page`'s head describing the story in `meta`: title, description, share tags, language. */
export function describeInHead(page: string, meta: PageMeta): string {
  const cut = page.indexOf('</head>');
  if (cut < 0) throw new Error('the page has no </head>');
  let head = page.slice(0, cut + '</head>'.length);
  const e = escapeHtml;
  head = head
    .replace(/<html lang="[^"]*"/, () => `<html lang="${e(meta.lang)}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${e(meta.title)}</title>`)
    .replace(
      /(<link\s+rel="alternate"\s+type="application\/json\+oembed"[^>]*title=")[^"]*"/,
      (_, open: string) => `${open}${e(meta.title)}"`,
    );
  head = setMeta(head, 'name', 'description', meta.description);
  head = setMeta(head, 'property', 'og:title', meta.headline);
  head = setMeta(head, 'property', 'og:description', meta.description);
  head = setMeta(head, 'name', 'twitter:title', meta.headline);
  head = setMeta(head, 'name', 'twitter:description', meta.description);
  if (meta.image) {
    const { url, widthPx, heightPx, alt } = meta.image;
    head = setMeta(head, 'property', 'og:image', url);
    head = setMeta(head, 'property', 'og:image:width', String(widthPx));
    head = setMeta(head, 'property', 'og:image:height', String(heightPx));
    head = setMeta(head, 'property', 'og:image:alt', alt);
    head = setMeta(head, 'name', 'twitter:image', url);
    head = setMeta(head, 'name', 'twitter:image:alt', alt);
  }
  return head + page.slice(cut + '</head>'.length);
}
