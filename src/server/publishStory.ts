// A story's own page and pictures, from the app's built files: what `npm run publish` writes
// and the editor's "Download for the web" zips, and what the build writes for the bundled story.
// Pure (no file system, no network): the callers read the app's files and write the result, and
// each brings its own HTML parser (jsdom in Node, DOMParser in the browser).
import type { StoryFile } from '../data/schema';
import { resolveStory, storyLanguage, storyLanguages } from '../data/localText';
import { indexStory, type StoryIndex } from '../timeline/storyIndex';
import {
  escapeHtml,
  FRAME_CLASS,
  noscriptHtml,
  PICTURE_FILES,
  pictureAlt,
  type Drawing,
  type PictureSet,
} from '../embed/picture';
import { parseCss, rootVars } from './svgStyles';
import { createDrawer, lookOf, type ParseHtml } from './pictureDrawing';
import { prerenderedRoot } from './renderPage';
import { describeInHead, drawIntoPage } from './storyPage';

/** One picture file to write: its SVG, and the width a PNG of it is drawn at. */
export interface PictureDrawing {
  /** `timeline-320`, `timeline-320@2x`, … (PICTURE_FILES). */
  name: string;
  svg: string;
  widthPx: number;
  heightPx: number;
}

/** The pictures of a story's opening view, as SVG, and each drawing's height at 1×. */
export function drawPictures(
  index: StoryIndex,
  stylesCss: string,
  parseHtml: ParseHtml,
): { drawn: PictureDrawing[]; heightPx: Record<Drawing, number> } {
  const rules = parseCss(stylesCss);
  const vars = rootVars(rules);
  const draw = createDrawer(index, { rules, vars }, lookOf(vars), parseHtml);
  const drawn = PICTURE_FILES.map((f) => ({ name: f.name, ...draw(f.drawing, f.scale) }));
  const heightOf = (drawing: Drawing) => {
    const i = PICTURE_FILES.findIndex((f) => f.drawing === drawing && f.scale === 1);
    return drawn[i]?.heightPx ?? 0;
  };
  return { drawn, heightPx: { phone: heightOf('phone'), column: heightOf('column') } };
}

/** SVG files to write: a 2× drawing as SVG would be its 1× one again, larger. */
export const svgFiles = (drawn: readonly PictureDrawing[]) =>
  drawn.filter((d) => !d.name.includes('@'));

/**
 * The app's oembed.json describing the frame with `set`'s picture as its `<noscript>` (oEmbed
 * consumers paste `html` as it is, without our script); with `title`, the story's own title.
 */
export function oembedWithPicture(oembedJson: string, set: PictureSet, title?: string): string {
  const oembed = JSON.parse(oembedJson) as Record<string, unknown>;
  if (typeof oembed.html === 'string') {
    // From the frame alone, so a second run does not add a second picture.
    let frame = oembed.html.split('<noscript>')[0]?.replace(` class="${FRAME_CLASS}"`, '') ?? '';
    if (title !== undefined) {
      frame = frame.replace(
        / title="[^"]*"/,
        () => ` title="Interactive timeline: ${escapeHtml(title)}"`,
      );
      oembed.title = `${title} — a sourced timeline`;
      const ext = set.png ? 'png' : 'svg';
      oembed.thumbnail_url = `./timeline-1280.${ext}`;
      oembed.thumbnail_width = 1280;
      oembed.thumbnail_height = set.heightPx.column * 2;
    }
    oembed.html =
      frame.replace('<iframe ', `<iframe class="${FRAME_CLASS}" `) +
      noscriptHtml('./', set, './', true);
  }
  return `${JSON.stringify(oembed, null, 2)}\n`;
}

/** The app's built files a story's page is made from. */
export interface AppPages {
  /** dist/index.html: empty `#root`, or any story drawn in it. */
  page: string;
  /** dist/oembed.json. */
  oembed: string;
  /** src/styles.css, which the pictures take their styles from. */
  stylesCss: string;
}

/** A story made into its own page: text files by path, and the pictures to rasterise. */
export interface PublishedStory {
  /** index.html, oembed.json, embed-images.json and the SVGs, by path in the folder. */
  files: Record<string, string>;
  /** Every picture file, for a PNG of each at its `widthPx`. */
  drawn: PictureDrawing[];
  pictures: PictureSet;
  /** The story's language, and all of them (for the embed heights to measure). */
  lang: string;
  languages: string[];
}

/**
 * `story` as a page of its own: index.html with its picture drawn in and its share tags, the
 * pictures for where script cannot run, oembed.json and embed-images.json. `png` says whether
 * the caller will write PNGs (else the codes and tags name the SVGs).
 */
export function publishStory(
  story: StoryFile,
  app: AppPages,
  parseHtml: ParseHtml,
  png: boolean,
): PublishedStory {
  const lang = storyLanguage(story);
  const languages = storyLanguages(story);
  const shown = resolveStory(story, lang);
  const index = indexStory(shown);
  const { drawn, heightPx } = drawPictures(index, app.stylesCss, parseHtml);
  const pictures: PictureSet = { alt: pictureAlt(index), heightPx, png };
  const title = `${shown.title} — a sourced timeline`;
  const page = describeInHead(drawIntoPage(app.page, prerenderedRoot(shown, languages), story), {
    title,
    headline: shown.title,
    description: shown.dek,
    lang,
    image: {
      url: `./timeline-1280.${png ? 'png' : 'svg'}`,
      widthPx: 1280,
      heightPx: heightPx.column * 2,
      alt: pictures.alt,
    },
  });
  const files: Record<string, string> = {
    'index.html': page,
    'oembed.json': oembedWithPicture(app.oembed, pictures, shown.title),
    'embed-images.json': `${JSON.stringify(pictures, null, 2)}\n`,
  };
  for (const d of svgFiles(drawn)) files[`${d.name}.svg`] = d.svg;
  return { files, drawn, pictures, lang, languages };
}

/** Files of the built app a story's folder does not copy: made again for the story, or not its own. */
const NOT_COPIED = [
  /^edit\//, // the editor: a folder publishes one story
  /^index\.html$/,
  /^oembed\.json$/,
  /^embed\.js$/, // copied with the story's own heights
  /^embed-(heights|images)\.json$/,
  /^timeline-\d+(@2x)?\.(png|svg)$/,
  /^preview\.png$/, // the bundled story's share picture
  /^publish-files\.json$/,
];

/**
 * Of the built app's files (paths relative to dist/, with "/"), those a story's folder copies
 * as they are: the app's code and styles, boot.js, the icon, the hosts' headers.
 */
export function appFilesToCopy(paths: readonly string[]): string[] {
  return paths.filter((p) => !NOT_COPIED.some((re) => re.test(p))).sort();
}

/** The files `npm run publish` and the editor read from the built app (besides those copied). */
export const APP_TEMPLATE_FILES = ['index.html', 'oembed.json', 'embed.js'] as const;

/** Where the build lists the files to copy (scripts/publish-files.ts), for the editor to fetch. */
export const PUBLISH_FILES = 'publish-files.json';
