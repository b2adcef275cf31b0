// The pictures of the opening view that the build writes next to the app
// (scripts/embed-images.tsx), for where script cannot run: the embed codes' <noscript> fallback,
// the AMP placeholder, and the Embed dialog's "Image only" code. Pure: the build and the dialog
// both use it, so the files and the codes that name them agree.
import type { StoryIndex } from '../timeline/storyIndex';
import { LANG_TAG_PATTERN } from '../data/patterns';
import { formatDay } from '../data/dateFormat';

/**
 * Two drawings, each laid out for the width it is shown at: the phone's (320 px, time running
 * down the page as on a phone, every title whole) and an article column's (640 px, time across).
 * Each comes at 1× and 2× for sharp screens; the column's 2× is the 1,280 px file, also the one
 * for print and Apple News. A 1,280 px layout of its own would have 13 px type that srcset
 * shrinks to half in a 640 px column on a laptop's 2× screen.
 */
export const PICTURE_FILES = [
  { name: 'timeline-320', drawing: 'phone', scale: 1 },
  { name: 'timeline-320@2x', drawing: 'phone', scale: 2 },
  { name: 'timeline-640', drawing: 'column', scale: 1 },
  { name: 'timeline-1280', drawing: 'column', scale: 2 },
] as const;
export type Drawing = (typeof PICTURE_FILES)[number]['drawing'];

/** Each drawing's width in CSS px: what it is laid out for. */
export const DRAWING_WIDTH_PX: Record<Drawing, number> = { phone: 320, column: 640 };

/** Where the phone drawing is shown instead of the column's (the reader's screen, not the column). */
export const PHONE_MEDIA = '(max-width: 559.98px)';

/** The build's record of the pictures (dist/embed-images.json), which the Embed dialog reads. */
export interface PictureSet {
  /** The sentence every code gives as alt text (pictureAlt of the story drawn). */
  alt: string;
  /**
   * The language the pictures and their alt text are in: the story's own, whatever the
   * language of the article around them, which the codes mark with `lang`.
   */
  lang?: string | undefined;
  /** Each drawing's height at 1×, in px. */
  heightPx: Record<Drawing, number>;
  /** Whether PNGs were written; without a rasteriser the codes name the SVGs instead. */
  png: boolean;
}

/** "Timeline, “Title”: 13 events from February to June 2026, from “…” to “…”." */
export function pictureAlt(index: StoryIndex): string {
  const { events, spans, story } = index;
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return `Timeline, “${story.title}”: no events yet.`;
  const startMs = spans.get(first.id)?.startMs ?? 0;
  // Spans end exclusively (a day is 24 hours): the last millisecond is the day before.
  const endMs = Math.max(...events.map((e) => (spans.get(e.id)?.endMs ?? startMs + 1) - 1));
  // "June 2026": formatDay's month and year. (formatMonth would be one more export of the
  // dates chunk, which the first view loads: its budget has no byte to spare.)
  const month = (ms: number) => formatDay(ms).replace(/^\d+ /, '');
  const from = month(startMs);
  const to = month(endMs);
  const fromYear = from.slice(from.lastIndexOf(' ') + 1);
  const when =
    from === to
      ? `in ${to}`
      : `from ${to.endsWith(fromYear) ? from.slice(0, from.lastIndexOf(' ')) : from} to ${to}`;
  if (events.length === 1)
    return `Timeline, “${story.title}”: one event ${when}, “${first.title}”.`;
  return (
    `Timeline, “${story.title}”: ${events.length} events ${when}, ` +
    `from “${first.title}” to “${last.title}”.`
  );
}

/** ` lang="en"`: the picture's words are the story's, not the host article's. */
const langAttr = (set: PictureSet): string =>
  set.lang && LANG_TAG_PATTERN.test(set.lang) ? ` lang="${escapeHtml(set.lang)}"` : '';

/** Whether `value` is a PictureSet (the dialog fetches it; anything else is ignored). */
export function isPictureSet(value: unknown): value is PictureSet {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const h = v.heightPx as Record<string, unknown> | undefined;
  const px = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;
  return (
    typeof v.alt === 'string' &&
    v.alt.length > 0 &&
    typeof v.png === 'boolean' &&
    typeof h === 'object' &&
    h !== null &&
    px(h.phone) &&
    px(h.column)
  );
}

/** Escapes text for a double-quoted HTML attribute or element content. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The file for `name` under `base` (the app's folder, ending in "/"): PNG, else SVG. */
function file(base: string, set: PictureSet, name: string): string {
  // Without PNGs only the 1× SVGs exist, and they are sharp at any density.
  return set.png ? `${base}${name}.png` : `${base}${name.replace('@2x', '')}.svg`;
}

function srcset(base: string, set: PictureSet, drawing: Drawing): string {
  const files = PICTURE_FILES.filter((f) => f.drawing === drawing);
  if (!set.png) return file(base, set, files[0]?.name ?? '');
  return files.map((f) => `${file(base, set, f.name)} ${f.scale}x`).join(', ');
}

/**
 * `<picture>` of the opening view: the phone drawing on a phone's screen, else the column's,
 * each at 1× and 2×; at most 640 px wide, narrower with its column. Inside a link to `href`
 * when given (a newsletter's reader can click through to the interactive timeline).
 */
export function pictureHtml(base: string, set: PictureSet, href?: string): string {
  const e = escapeHtml;
  const picture =
    `<picture>` +
    `<source media="${PHONE_MEDIA}" srcset="${e(srcset(base, set, 'phone'))}" ` +
    `width="${DRAWING_WIDTH_PX.phone}" height="${set.heightPx.phone}">` +
    `<img src="${e(file(base, set, 'timeline-640'))}" srcset="${e(srcset(base, set, 'column'))}" ` +
    `width="${DRAWING_WIDTH_PX.column}" height="${set.heightPx.column}" alt="${e(set.alt)}"${langAttr(set)} ` +
    `loading="lazy" style="display:block;width:100%;max-width:640px;height:auto;border:0">` +
    `</picture>`;
  return href ? `<a href="${e(href)}">${picture}</a>` : picture;
}

/** A class for the frame of an iframe code, so its <noscript> can hide it (see below). */
export const FRAME_CLASS = 'timeline-embed-frame';

/**
 * The picture for readers whose browser runs no script, or a reader app that drops frames and
 * scripts. With `hideFrame`, for codes whose iframe stays on the page without script: a browser
 * with script off still loads the frame, which without script could only show a static page,
 * so the frame steps aside for the picture.
 */
export function noscriptHtml(
  base: string,
  set: PictureSet,
  href: string,
  hideFrame = false,
): string {
  const hide = hideFrame ? `<style>iframe.${FRAME_CLASS}{display:none}</style>` : '';
  return `<noscript>${hide}${pictureHtml(base, set, href)}</noscript>`;
}

/**
 * The AMP placeholder: shown until the frame has loaded, and what lets AMP put the frame at the
 * top of an article. It fills the frame, whose box the AMP code gives the column drawing's
 * proportions, so it is not stretched. A frame of fixed height has other proportions: there the
 * picture keeps its own, across the frame's width, and the frame (which AMP clips) shows its top.
 */
export function ampPlaceholderHtml(base: string, set: PictureSet, fixedHeight = false): string {
  const e = escapeHtml;
  const img = (attrs: string) =>
    `<amp-img ${attrs}src="${e(file(base, set, 'timeline-640'))}" ` +
    `srcset="${e(srcset(base, set, 'column'))}" alt="${e(set.alt)}"${langAttr(set)}></amp-img>`;
  if (!fixedHeight) return img('placeholder layout="fill" ');
  const box = `layout="responsive" width="${DRAWING_WIDTH_PX.column}" height="${set.heightPx.column}" `;
  return `<div placeholder>${img(box)}</div>`;
}
