import type { ActorGroup, TimelineEvent } from '../data/schema';
import type { StoryIssue } from '../data/issues';
import { isSafeUrl } from '../data/safeUrl';
import { htmlToText } from './html';
import { mapDate } from './dates';
import { clip, hasWords, slugify, uniqueId, type Slide, type SlideField } from './common';
import { type Media } from '../data/mediaSchema';
import { isPictureAddress } from '../data/mediaChecks';

/** Colour-blind-safe colours for imported groups, in order of first appearance. */
const PALETTE = [
  '#0072B2',
  '#C0500A',
  '#00795A',
  '#B0508C',
  '#8A6200',
  '#3A7FA8',
  '#A4493D',
  '#5B6E2E',
  '#6E5BA8',
  '#666666',
] as const;

/** TimelineJS has no event kinds; every imported event gets this one (and the report says so). */
export const IMPORTED_KIND = 'report';
const UNGROUPED = 'Ungrouped';

/** What goes with each event while the story is assembled. */
export interface Context {
  file: string;
  report: StoryIssue[];
  eventIds: Set<string>;
  sourceIds: Set<string>;
  groups: Map<string, ActorGroup>;
  fileSource: string;
  attribution: string;
}

/** Adds a line to the import report. */
export function note(ctx: Context, path: string, message: string, id?: string) {
  const issue: StoryIssue = { file: ctx.file, path, message };
  if (id) issue.id = id;
  ctx.report.push(issue);
}

/** Plain text cut to the schema's limit; a cut is reported, never silent. */
function fit(ctx: Context, text: string, max: number, at: string, what: string, id?: string) {
  const c = clip(text, max);
  if (c.clipped) note(ctx, at, `${what} cut to ${max} characters`, id);
  return c.text;
}

/** The group (and actor) for a TimelineJS group name, made on first use. */
function groupFor(ctx: Context, name: string, at: string, id?: string): string {
  const label = name.replace(/\s+/g, ' ').trim() || UNGROUPED;
  const known = ctx.groups.get(label);
  if (known) return known.id;
  const taken = new Set([...ctx.groups.values()].map((g) => g.id));
  const group: ActorGroup = {
    id: uniqueId(slugify(label) || 'group', taken),
    label: fit(ctx, label, 60, at, 'group name', id),
    color: PALETTE[ctx.groups.size % PALETTE.length] ?? '#666666',
  };
  ctx.groups.set(label, group);
  return group.id;
}

/** What TimelineJS shows as a picture: a link to an image file. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]\S*)?$/i;

/**
 * Keeps an http(s) media link on its event: an image file with a caption and a credit as an
 * image (its caption doubles as alt text, and the report says to check it), anything else (a
 * YouTube or Vimeo video, SoundCloud, a map, a page) as a link with its caption, credit and
 * thumbnail, which the details show as a card of its kind (`recognizeMedia.ts`). Reports
 * embedded HTML and the unkept parts.
 */
function mediaFor(ctx: Context, slide: Slide, eventId: string, title: string): Media | undefined {
  const media = slide.media;
  if (!media) return undefined;
  const url = media.url.trim();
  const at = (f: SlideField) => slide.field(f);
  const thumbnail = media.thumbnail.trim();
  if (!url) {
    if (media.credit.trim() || media.caption.trim())
      note(ctx, at('media'), 'media credit or caption without a media URL not kept', eventId);
    if (thumbnail)
      note(ctx, at('media.thumbnail'), 'media thumbnail without a media URL not kept', eventId);
    return undefined;
  }
  if (url.includes('<')) {
    if (thumbnail) note(ctx, at('media.thumbnail'), 'media thumbnail not kept', eventId);
    const words = clip(htmlToText(url).text, 80).text;
    const tag = /<([a-zA-Z][a-zA-Z0-9-]*)/.exec(url)?.[1]?.toLowerCase() ?? 'HTML';
    const what = words ? `: "${words}"` : '';
    note(ctx, at('media'), `embedded HTML media (<${tag}>) not kept${what}`, eventId);
    return undefined;
  }
  if (!/^https?:\/\/\S+$/i.test(url) || !isSafeUrl(url) || url.length > 2000) {
    const shown = clip(url, 80).text;
    note(
      ctx,
      at('media'),
      `media link "${shown}" is not an http: or https: URL; not kept`,
      eventId,
    );
    if (thumbnail) note(ctx, at('media.thumbnail'), 'media thumbnail not kept', eventId);
    return undefined;
  }
  const credit = htmlToText(media.credit);
  const caption = htmlToText(media.caption);
  const links = [...credit.links, ...caption.links];
  if (links.length)
    note(
      ctx,
      at('media.credit'),
      clip(`links in the media credit or caption not kept: ${links.join(', ')}`, 300).text,
      eventId,
    );
  const creditText = fit(ctx, credit.text, 200, at('media.credit'), 'media credit', eventId);
  const captionText = fit(ctx, caption.text, 400, at('media.caption'), 'media caption', eventId);
  if (IMAGE_FILE.test(url) && creditText && captionText) {
    if (thumbnail)
      note(ctx, at('media.thumbnail'), 'media thumbnail not kept: the image is its own', eventId);
    note(
      ctx,
      at('media'),
      'image alt text taken from its caption: check it says what the image shows',
      eventId,
    );
    return {
      type: 'image',
      src: url,
      alt: clip(captionText, 300).text,
      caption: captionText,
      credit: creditText,
    };
  }
  if (IMAGE_FILE.test(url))
    note(ctx, at('media'), 'image without both a caption and a credit kept as a link', eventId);
  if (!captionText)
    note(
      ctx,
      at('media.caption'),
      'media without a caption: its link is captioned with the event title',
      eventId,
    );
  // An address or a path, not markup or words: TimelineJS puts whatever was typed here.
  const keptThumbnail =
    /^[^\s<>"]+$/.test(thumbnail) && isPictureAddress(thumbnail) && thumbnail.length <= 2000;
  if (thumbnail && !keptThumbnail)
    note(
      ctx,
      at('media.thumbnail'),
      `media thumbnail "${clip(thumbnail, 80).text}" is neither a path nor an http: or https: URL; not kept`,
      eventId,
    );
  return {
    type: 'link',
    url,
    caption: captionText || clip(`Media for “${title}”`, 400).text,
    ...(creditText ? { credit: creditText } : {}),
    ...(keptThumbnail ? { thumbnail } : {}),
  };
}

/** One slide as an event, or undefined (and a report line) when it cannot be one. */
export function toEvent(ctx: Context, slide: Slide, n: number): TimelineEvent | undefined {
  const headline = htmlToText(slide.headline).text;
  const body = htmlToText(slide.text).text;
  const name = headline ? `"${clip(headline, 60).text}"` : `number ${n + 1}`;
  if (!hasWords(headline) && !hasWords(body)) {
    note(ctx, slide.where, `event ${name} not imported: it has no headline or text to quote`);
    return undefined;
  }
  const date = mapDate(slide.start, slide.end, slide.displayDate);
  if (!date.ok) {
    note(ctx, slide.field(date.field), `event ${name} not imported: ${date.reason}`);
    return undefined;
  }
  const wanted = slugify(slide.uniqueId) || slugify(headline) || slugify(body) || `event-${n + 1}`;
  const id = uniqueId(wanted, ctx.eventIds);
  for (const d of date.notes) note(ctx, slide.field(d.field), d.message, id);

  const mainText = hasWords(body) ? body : headline;
  if (!hasWords(headline))
    note(ctx, slide.field('headline'), 'no headline: title taken from the text', id);
  const title = fit(
    ctx,
    hasWords(headline) ? headline : body,
    140,
    slide.field('headline'),
    'title',
    id,
  );
  const summary = fit(ctx, mainText, 1200, slide.field('text'), 'summary', id);
  const quote = fit(ctx, mainText, 2000, slide.field('text'), 'quote', id);
  const links = [...htmlToText(slide.headline).links, ...htmlToText(slide.text).links];
  if (links.length)
    note(
      ctx,
      slide.field('text'),
      clip(`links in the text not kept: ${links.join(', ')}`, 300).text,
      id,
    );
  if (slide.background)
    note(ctx, slide.field('background'), `background ${slide.background} not kept`, id);
  const media = mediaFor(ctx, slide, id, title);
  const actor = groupFor(ctx, slide.group, slide.field('group'), id);
  return {
    id,
    title,
    summary,
    date: date.date,
    actors: [actor],
    kind: IMPORTED_KIND,
    attribution: ctx.attribution,
    citations: [{ source: ctx.fileSource, quote }],
    ...(media ? { media } : {}),
  };
}
