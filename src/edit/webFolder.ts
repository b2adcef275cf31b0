// "Download for the web": the story's own folder, as `npm run publish` writes it, made in the
// browser from the same functions (src/server/publishStory.ts) and the app's built files on this
// site, and zipped. A chunk of its own, loaded on the click: the reader's first view and the
// editor's open nothing of it.
import { strToU8, zipSync } from 'fflate';
import { words } from './words';
import stylesCss from '../styles.css?raw';
import { parseStory } from '../data/validate';
import { resolveStory } from '../data/localText';
import { publishStory, PUBLISH_FILES, type PictureDrawing } from '../server/publishStory';
import {
  measureSteps,
  measureTable,
  storyHeightQueries,
  withStartHeights,
} from '../embed/measureSteps';
import type { StartHeights } from '../embed/startHeights';
import { PARAMS } from '../store/urlParams';
import { readParam } from '../store/urlParam';
import type { PictureSet } from '../embed/picture';
import { previewMessage } from './preview/message';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A PNG of one drawing, drawn by the browser (the system's fonts: the SVG names ours first). */
async function drawPng(d: PictureDrawing): Promise<Uint8Array> {
  const img = new Image();
  // A data: URL: the editor's CSP allows images from data:, not from blob:.
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(d.svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = d.widthPx;
  canvas.height = d.heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(words.webFolder.noCanvas);
  ctx.drawImage(img, 0, 0, d.widthPx, d.heightPx);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error(words.webFolder.noPng);
  return new Uint8Array(await blob.arrayBuffer());
}

const frame = (win: Window) =>
  new Promise<void>((r) => win.requestAnimationFrame(() => win.setTimeout(r, 0)));

/**
 * The embed's opening heights, measured as the build measures them (src/embed/measureSteps.ts)
 * but in a hidden frame of the editor's preview, which draws the reader's own StoryView: the
 * frame is resized to each column width and its page's height read once it is the same over
 * three frames.
 */
async function measureHeights(
  story: Parameters<typeof publishStory>[0],
  lang: string,
  languages: readonly string[],
  onStep: (status: string) => void,
): Promise<StartHeights> {
  const iframe = document.createElement('iframe');
  iframe.title = words.webFolder.measuringFrame;
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  // In the window, so the browser lays it out and runs its frames; unseen and untouchable.
  iframe.style.cssText =
    'position:fixed;top:0;left:0;height:900px;border:0;opacity:0;pointer-events:none;z-index:-1';
  iframe.style.width = '1320px';
  const ready = new Promise<void>((resolve) => {
    const onMessage = (e: MessageEvent) => {
      if (e.source === iframe.contentWindow && e.data === 'preview-ready') {
        window.removeEventListener('message', onMessage);
        resolve();
      }
    };
    window.addEventListener('message', onMessage);
  });
  iframe.src = new URL('preview.html', window.location.href).href;
  document.body.append(iframe);
  try {
    await ready;
    const win = iframe.contentWindow;
    const doc = iframe.contentDocument;
    if (!win || !doc) throw new Error(words.webFolder.frameNotOpened);
    const height = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    const settled = async () => {
      let last = -1;
      for (let same = 0; same < 3;) {
        await frame(win);
        const h = height();
        same = h === last ? same + 1 : 0;
        last = h;
      }
      return last;
    };
    const queries = storyHeightQueries(lang, languages);
    let n = 0;
    return await measureTable(lang, queries, async (query) => {
      n += 1;
      onStep(words.webFolder.measuring(n, queries.length));
      const viewLang = readParam(new URLSearchParams(query), PARAMS.lang) ?? lang;
      const message = previewMessage(
        resolveStory(story, viewLang),
        `?embed=1${query ? `&${query}` : ''}`,
        viewLang,
      );
      iframe.style.width = '1320px';
      const drawn = doc.querySelector('.embed-body');
      win.postMessage(message, window.location.origin);
      // The new story's embed, not the last one's.
      for (
        let i = 0;
        doc.querySelector('.embed-body') === drawn || !doc.querySelector('[role=region] svg');
        i++
      ) {
        if (i > 600) throw new Error(words.webFolder.drewNothing);
        await frame(win);
      }
      await doc.fonts.ready;
      return measureSteps(async (w) => {
        iframe.style.width = `${w}px`;
        return settled();
      });
    });
  } finally {
    iframe.remove();
  }
}

/** The folder's files by path, and what its embed code needs. */
export interface WebFolder {
  files: Record<string, Uint8Array>;
  pictures: PictureSet;
  heights: StartHeights;
}

/**
 * The story's own folder, as `npm run publish -- story.json --out DIR` writes it, from `json`
 * (a story file's text) and the app's files on this site.
 */
export async function buildWebFolder(
  json: string,
  onStep: (status: string) => void,
): Promise<WebFolder> {
  const parsed = parseStory(json, 'story.json');
  if (!parsed.ok) throw new Error(words.webFolder.hasProblems);
  const app = new URL('../', window.location.href);
  const get = async (path: string) => {
    const r = await fetch(new URL(path, app));
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r;
  };
  onStep(words.webFolder.fetching);
  const copied = (await (await get(PUBLISH_FILES)).json()) as string[];
  const files: Record<string, Uint8Array> = {};
  for (const path of copied) files[path] = new Uint8Array(await (await get(path)).arrayBuffer());
  const page = await (await get('index.html')).text();
  const oembed = await (await get('oembed.json')).text();
  const embedJs = await (await get('embed.js')).text();

  onStep(words.webFolder.drawing);
  let published = publishStory(parsed.data, { page, oembed, stylesCss }, parseHtml, true);
  try {
    const pngs: Record<string, Uint8Array> = {};
    for (const d of published.drawn) pngs[`${d.name}.png`] = await drawPng(d);
    Object.assign(files, pngs);
  } catch {
    // Without PNGs the page and the codes name the SVGs, as the command does.
    published = publishStory(parsed.data, { page, oembed, stylesCss }, parseHtml, false);
  }
  for (const [path, text] of Object.entries(published.files)) files[path] = strToU8(text);

  const { lang, languages } = published;
  const heights = await measureHeights(parsed.data, lang, languages, onStep);
  files['embed.js'] = strToU8(withStartHeights(embedJs, heights));
  files['embed-heights.json'] = strToU8(`${JSON.stringify(heights)}\n`);
  return { files, pictures: published.pictures, heights };
}

/** The folder as a .zip, its files at the top (unzipped, it is the folder to upload). */
export function zipFolder(files: Record<string, Uint8Array>): Blob {
  const zipped = zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') });
  return new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
