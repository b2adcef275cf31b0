// After `vite build`: pictures of the bundled story's opening view, for where script cannot
// run (the embed codes' <noscript>, the AMP placeholder, the Embed dialog's "Image only"):
//   dist/timeline-320.svg/.png and timeline-320@2x.png  the phone drawing (time runs down)
//   dist/timeline-640.svg/.png and timeline-1280.*      the column drawing, at 1× and 2×
//   dist/embed-images.json                               heights and alt text, for the dialog
// and the picture in dist/oembed.json's html. See src/embed/picture.ts for why two drawings.
//
// The SVG is our own: the timeline component rendered on the server as scripts/prerender.ts
// does, its styles taken from src/styles.css, and the export's layout of the words around it
// (src/export/imageLayout.ts). PNGs come from resvg (@resvg/resvg-js: prebuilt binaries, no
// browser, no system fonts: the fonts below are passed in, so every machine draws the same
// pixels). Where resvg cannot load, Chromium draws them if /usr/bin/chromium is there; with
// neither, the build keeps the SVGs, the codes name those, and it says so without failing.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { resolveStory, storyLanguage } from '../src/data/localText';
import { parseStory } from '../src/data/validate';
import { indexStory } from '../src/timeline/storyIndex';
import { createTimelineStore, StoreContext } from '../src/store';
import { selectDomain } from '../src/store/selectors';
import { PrerenderContext } from '../src/hooks/prerenderContext';
import { VerticalTimeline } from '../src/components/VerticalTimeline';
import { MarksLayer } from '../src/components/MarksLayer';
import { laneHeight, type LaneInfo } from '../src/timeline/markItems';
import { AXIS_H, TimelineAxis, TrackBreaks } from '../src/components/TimelineAxis';
import { groupColors } from '../src/timeline/palette';
import { composeMarks, type ImageLook } from '../src/export/image';
import { describeView } from '../src/export/imageLayout';
import { inlineSvgStyles, parseCss, resolveVars, rootVars } from '../src/server/svgStyles';
import {
  DRAWING_WIDTH_PX,
  FRAME_CLASS,
  noscriptHtml,
  PICTURE_FILES,
  pictureAlt,
  type Drawing,
  type PictureSet,
} from '../src/embed/picture';

const t0 = performance.now();
const require = createRequire(import.meta.url);
// jsdom (the unit tests' DOM) gives the server-rendered <svg> a DOM to match selectors in and
// serialise; it ships no types, and only this much of it is used.
const { JSDOM } = require('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const result = parseStory(readFileSync('data/story.json', 'utf8'), 'data/story.json');
if (!result.ok) {
  console.error('embed-images: data/story.json is invalid (see the build above)');
  process.exit(1);
}
// The pictures are of the page a reader opens without ?lang=: the story's own language.
const index = indexStory(resolveStory(result.data, storyLanguage(result.data)));
const rules = parseCss(readFileSync('src/styles.css', 'utf8'));
const vars = rootVars(rules);
// The fonts the PNGs are drawn with come first; a browser showing the SVG falls back to the
// page's own (system) fonts, which the layout's generous width estimates also fit.
const look: ImageLook = {
  bg: vars.get('--bg') ?? '#ffffff',
  fg: vars.get('--fg') ?? '#1a1a1a',
  muted: vars.get('--muted') ?? '#5c5c5c',
  sans: `'Source Sans 3', ${resolveVars('var(--sans)', vars) || 'sans-serif'}`,
  serif: `'Source Serif 4', ${resolveVars('var(--serif)', vars) || 'serif'}`,
};
/** Around the timeline: the export's padding, on each side. */
const PAD_PX = 16;

/** Most label rows the column drawing may take to give every event a place of its own. */
const MAX_ROWS = 60;

/**
 * The timeline as the page draws it at `trackPx`, as HTML: the phone's column (time running
 * down) for the phone drawing; for the column drawing the page's track, but with as many label
 * rows as every title needs (the page caps them and folds the rest into "+N" clusters, which a
 * picture cannot open).
 */
function renderTimeline(drawing: Drawing, viewportPx: number, trackPx: number): string {
  const store = createTimelineStore(index, { widthPx: trackPx, theme: 'light' });
  const colors = groupColors(index, 'light');
  const render = (body: ReturnType<typeof createElement>) =>
    renderToString(
      createElement(
        PrerenderContext.Provider,
        { value: { viewportPx, trackPx } },
        createElement(StoreContext.Provider, { value: store }, body),
      ),
    );
  if (drawing === 'phone')
    return render(
      createElement(
        'div',
        { className: 'timeline timeline--narrow timeline--vertical' },
        createElement(VerticalTimeline, { widthPx: trackPx, colors }),
      ),
    );
  // As src/components/Timeline.tsx lays out the single track.
  const top = 34;
  let html = '';
  for (let rows = 27; rows <= MAX_ROWS; rows++) {
    const lanes: LaneInfo = { actors: [''], rowsPerLane: rows, laneH: laneHeight(rows), top };
    const heightPx = top + lanes.laneH + AXIS_H;
    const axis = { top: top - 4, height: lanes.laneH + 4 };
    html = render(
      createElement(
        'div',
        { className: 'timeline' },
        createElement(
          'svg',
          {
            className: 'timeline-svg',
            width: trackPx,
            height: heightPx,
            viewBox: `0 0 ${trackPx} ${heightPx}`,
          },
          createElement(TimelineAxis, axis),
          createElement(MarksLayer, {
            lanes,
            colors,
            narrow: false,
            underMarks: createElement(TrackBreaks, axis),
          }),
        ),
      ),
    );
    if (!html.includes('class="cluster')) break;
  }
  return html;
}

/** One drawing's timeline, styles inline, and the words around it. */
function drawTimeline(drawing: Drawing) {
  const viewportPx = DRAWING_WIDTH_PX[drawing];
  const trackPx = viewportPx - 2 * PAD_PX;
  const html = renderTimeline(drawing, viewportPx, trackPx);
  // Inside a page, as on screen, so rules that name the page's classes still match.
  const dom = new JSDOM(`<!doctype html><body><div class="page">${html}</div></body>`);
  const marks = dom.window.document.querySelector('svg');
  if (!marks) throw new Error(`embed-images: the ${drawing} timeline rendered no <svg>`);
  inlineSvgStyles(marks, rules, viewportPx, vars);
  const store = createTimelineStore(index, { widthPx: trackPx });
  return {
    marks: marks as unknown as SVGSVGElement,
    w: Number(marks.getAttribute('width')),
    h: Number(marks.getAttribute('height')),
    text: describeView(index, null, selectDomain(store.getState())),
  };
}

/** Each drawing once; each file is one of them as an SVG document at its scale. */
const timelines = new Map<Drawing, ReturnType<typeof drawTimeline>>();
function draw(drawing: Drawing, scale: number): { svg: string; widthPx: number; heightPx: number } {
  let t = timelines.get(drawing);
  if (!t) timelines.set(drawing, (t = drawTimeline(drawing)));
  const marks = t.marks.cloneNode(true) as SVGSVGElement;
  return composeMarks(marks, t.w, t.h, t.text, look, scale);
}

/** Font files for the PNGs, from npm packages (SIL Open Font License; build time only). */
function fontFiles(): string[] {
  const dir = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));
  const sans = dir('@expo-google-fonts/source-sans-3');
  const serif = dir('@expo-google-fonts/source-serif-4');
  return [
    join(sans, '400Regular/SourceSans3_400Regular.ttf'),
    join(sans, '400Regular_Italic/SourceSans3_400Regular_Italic.ttf'),
    join(sans, '600SemiBold/SourceSans3_600SemiBold.ttf'),
    join(sans, '700Bold/SourceSans3_700Bold.ttf'),
    join(serif, '700Bold/SourceSerif4_700Bold.ttf'),
  ];
}

type Rasterise = (svg: string, widthPx: number) => Promise<Buffer>;

/** resvg with our fonts only, so a machine with no fonts (or other ones) draws the same. */
async function resvgRasteriser(): Promise<Rasterise> {
  const { Resvg } = await import('@resvg/resvg-js');
  const files = fontFiles();
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`font files missing: ${missing.join(', ')}`);
  const font = {
    loadSystemFonts: false,
    fontFiles: files,
    defaultFontFamily: 'Source Sans 3',
    sansSerifFamily: 'Source Sans 3',
    serifFamily: 'Source Serif 4',
  };
  return async (svg, widthPx) =>
    new Resvg(svg, { font, fitTo: { mode: 'width', value: widthPx } }).render().asPng();
}

/** Chromium, when resvg cannot load here: the same fonts, as @font-face from the same files. */
async function chromiumRasteriser(): Promise<{ draw: Rasterise; close: () => Promise<void> }> {
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('./chromium.mjs');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const faces = fontFiles()
    .map((f) => {
      const [family, style] = f.includes('Serif')
        ? ['Source Serif 4', 'normal']
        : ['Source Sans 3', f.includes('Italic') ? 'italic' : 'normal'];
      const weight = /_(\d00)/.exec(f)?.[1] ?? '400';
      const data = readFileSync(f).toString('base64');
      return `@font-face{font-family:'${family}';font-style:${style};font-weight:${weight};src:url(data:font/ttf;base64,${data})}`;
    })
    .join('');
  return {
    draw: async (svg, widthPx) => {
      const doc = svg.replace(/^<\?xml[^>]*>\s*/, '');
      const heightPx = Number(/height="(\d+)"/.exec(doc)?.[1] ?? 0);
      const page = await browser.newPage({ viewport: { width: widthPx, height: heightPx } });
      await page.setContent(
        `<style>${faces}html,body{margin:0}svg{display:block}</style>${doc.replace(/<svg([^>]*) width="\d+" height="\d+"/, `<svg$1 width="${widthPx}" height="${heightPx}"`)}`,
      );
      await page.evaluate(() => document.fonts.ready);
      const png = await page.screenshot({ clip: { x: 0, y: 0, width: widthPx, height: heightPx } });
      await page.close();
      return png;
    },
    close: () => browser.close(),
  };
}

/** The first way to draw PNGs that works here: resvg, else Chromium, else none. */
async function pickRasteriser(): Promise<{
  name: string;
  draw: Rasterise;
  close: () => Promise<void>;
} | null> {
  // EMBED_IMAGES_RASTERISER=chromium or =none tries the fallbacks on a machine that has resvg.
  const wanted = process.env.EMBED_IMAGES_RASTERISER;
  const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
  if (wanted !== 'chromium' && wanted !== 'none') {
    try {
      return { name: 'resvg', draw: await resvgRasteriser(), close: async () => {} };
    } catch (e) {
      console.warn(`embed-images: resvg is not usable here (${why(e)})`);
    }
  }
  if (wanted !== 'none') {
    try {
      return { name: 'Chromium', ...(await chromiumRasteriser()) };
    } catch (e) {
      console.warn(`embed-images: Chromium is not usable here (${why(e)})`);
    }
  }
  return null;
}

// The drawings, as SVG. A 2× drawing as SVG would be its 1× one again, larger: only the three
// named widths are written.
const drawn = PICTURE_FILES.map((f) => ({ ...f, ...draw(f.drawing, f.scale) }));
const heightOf = (drawing: Drawing) =>
  drawn.find((d) => d.drawing === drawing && d.scale === 1)?.heightPx ?? 0;
const heightPx: Record<Drawing, number> = { phone: heightOf('phone'), column: heightOf('column') };
for (const d of drawn) if (!d.name.includes('@')) writeFileSync(`dist/${d.name}.svg`, d.svg);

// The PNGs.
let png = false;
const rasteriser = await pickRasteriser();
if (rasteriser) {
  try {
    for (const d of drawn)
      writeFileSync(`dist/${d.name}.png`, await rasteriser.draw(d.svg, d.widthPx));
    png = true;
  } catch (e) {
    console.warn(`embed-images: ${rasteriser.name} failed (${e instanceof Error ? e.message : e})`);
  } finally {
    await rasteriser.close();
  }
}
if (!png) {
  console.warn('embed-images: no PNGs; the embed codes name the SVGs instead');
  for (const d of drawn) rmSync(`dist/${d.name}.png`, { force: true });
}

const set: PictureSet = { alt: pictureAlt(index), heightPx, png };
writeFileSync('dist/embed-images.json', `${JSON.stringify(set, null, 2)}\n`);

// oEmbed consumers paste `html` as it is, without our script: the picture goes with the frame.
const oembedFile = 'dist/oembed.json';
const oembed = JSON.parse(readFileSync(oembedFile, 'utf8')) as { html?: string };
if (typeof oembed.html === 'string') {
  // From the frame alone, so a second run (without `vite build`) does not add a second picture.
  const frame = oembed.html.split('<noscript>')[0]?.replace(` class="${FRAME_CLASS}"`, '') ?? '';
  oembed.html =
    frame.replace('<iframe ', `<iframe class="${FRAME_CLASS}" `) +
    noscriptHtml('./', set, './', true);
  writeFileSync(oembedFile, `${JSON.stringify(oembed, null, 2)}\n`);
}

console.log(
  `embed-images: phone 320×${heightPx.phone}, column 640×${heightPx.column} px; ` +
    `${png ? `PNG by ${rasteriser?.name}` : 'SVG only'} (${(performance.now() - t0).toFixed(0)} ms)`,
);
