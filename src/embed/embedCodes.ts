import { writeUrlState } from '../store/urlState';
import { MIN_FIXED_HEIGHT_PX, type Part } from '../store/embedOptions';
import type { Font } from '../store/embedLook';
import { CARRIED_PARAMS, PARAMS } from '../store/urlParams';
import {
  ampPlaceholderHtml,
  DRAWING_WIDTH_PX,
  escapeHtml,
  FRAME_CLASS,
  noscriptHtml,
  pictureHtml,
  type PictureSet,
} from './picture';
import { writeParam } from '../store/urlParam';

/** What an editor chose in the Embed dialog, beyond the view itself. */
export interface EmbedChoice {
  /** Shown in the full page's order; the URL can give another. */
  parts: readonly Part[];
  /** null: the frame sizes itself to its content. */
  fixedHeightPx: number | null;
  plain: boolean;
  /** A contrast-checked `#rrggbb`, or null for the theme's own. */
  accent?: string | null;
  font?: Font | null;
}

/** Adds an editor's choice to an embed's query, leaving out what is already the default. */
export function writeEmbedChoice(params: URLSearchParams, c: EmbedChoice): void {
  writeParam(params, PARAMS.parts, c.parts);
  writeParam(
    params,
    PARAMS.height,
    c.fixedHeightPx === null ? null : Math.max(MIN_FIXED_HEIGHT_PX, Math.round(c.fixedHeightPx)),
  );
  writeParam(params, PARAMS.plain, c.plain);
  writeParam(params, PARAMS.accent, c.accent ?? null);
  writeParam(params, PARAMS.font, c.font ?? null);
}

/** The page's address without query or hash: where the built app is served. */
export function appBase(href: string = window.location.href): string {
  const u = new URL(href);
  return `${u.origin}${u.pathname}`;
}

/**
 * The view URL for an embed of the current state (filters, selection, window, step), with the
 * editor's theme, parts, height and plain.
 */
export function embedUrl(
  search: string,
  s: Parameters<typeof writeUrlState>[1],
  domain: [number, number] | null,
  choice?: EmbedChoice,
): string {
  const own = new URLSearchParams(search);
  // The story file and language as the page has them; the rest is the view's state.
  for (const k of [...own.keys()]) if (!CARRIED_PARAMS.includes(k)) own.delete(k);
  const params = new URLSearchParams(writeUrlState(own.toString(), { ...s, embed: true }, domain));
  if (choice) writeEmbedChoice(params, choice);
  const q = params.toString().replace(/%2C/g, ',');
  return `${appBase()}${q ? `?${q}` : ''}`;
}

/** The codes the Embed dialog offers for one view URL: script, iframe, AMP and image only. */
export function embedCodes(o: {
  url: string;
  title: string;
  /** Where the app is served, ending in `/`. */
  base: string;
  /** The build's pictures of the bundled story, or null for another story. */
  pictures: PictureSet | null;
  /** The frame's height before its first height message. */
  startPx: number;
  fixedHeightPx: number | null;
  /** The AMP frame's "show it whole" button, in the embed's language. */
  expandLabel: string;
}): { iframe: string; script: string; amp: string; image: string | null } {
  const { url, base, pictures, startPx, fixedHeightPx } = o;
  const safeTitle = escapeHtml(o.title);
  // Without script (a reader's setting, an app that drops scripts and frames) the picture of
  // the opening view shows instead, and links to the interactive timeline.
  const fallback = (hideFrame = false) =>
    pictures ? `\n${noscriptHtml(base, pictures, base, hideFrame)}` : '';
  // A transparent frame declares the child's colour scheme: where it differs from the frame
  // element's, the browser paints an opaque backdrop (embed.js does the same).
  const params = new URL(url).searchParams;
  const theme = params.get(PARAMS.theme.name) ?? 'light';
  const scheme =
    params.get(PARAMS.bg.name) === 'transparent' || params.get(PARAMS.transparent.name) === '1'
      ? `;color-scheme:${theme === 'auto' ? 'light dark' : theme}`
      : '';
  const iframe =
    `<iframe src="${url}" class="${FRAME_CLASS}" title="${safeTitle}" ` +
    `style="width:100%;border:0${scheme}" height="${startPx}" loading="lazy"></iframe>${fallback(true)}`;
  const script =
    `<div data-timeline-embed data-src="${url}" data-title="${safeTitle}">` +
    `${fallback()}\n</div>\n<script src="${base}embed.js"></script>`;
  // AMP sizes the frame before it loads: the column picture's proportions, which its
  // placeholder then fills exactly; with a fixed height, that height.
  const ampBox =
    fixedHeightPx !== null
      ? `layout="fixed-height" height="${fixedHeightPx}"`
      : `width="${DRAWING_WIDTH_PX.column}" height="${pictures?.heightPx.column ?? startPx}" ` +
        `layout="responsive" resizable`;
  const amp =
    `<amp-iframe ${ampBox} sandbox="allow-scripts allow-same-origin allow-popups" ` +
    `src="${url}" title="${safeTitle}">` +
    (pictures ? `\n  ${ampPlaceholderHtml(base, pictures, fixedHeightPx !== null)}` : '') +
    (fixedHeightPx === null
      ? `\n  <button overflow type="button">${escapeHtml(o.expandLabel)}</button>`
      : '') +
    `\n</amp-iframe>`;
  const image = pictures ? pictureHtml(base, pictures, base) : null;
  return { iframe, script, amp, image };
}
