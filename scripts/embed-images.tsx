// After `vite build`: pictures of the bundled story's opening view, for where script cannot
// run (the embed codes' <noscript>, the AMP placeholder, the Embed dialog's "Image only"):
//   dist/timeline-320.svg/.png and timeline-320@2x.png  the phone drawing (time runs down)
//   dist/timeline-640.svg/.png and timeline-1280.*      the column drawing, at 1× and 2×
//   dist/embed-images.json                               heights and alt text, for the dialog
// and the picture in dist/oembed.json's html. See src/embed/picture.ts for why two drawings.
//
// The SVG is our own (embed-images/drawing.ts): the timeline component rendered on the server
// as scripts/prerender.ts does, its styles taken from src/styles.css, and the export's layout of
// the words around it (src/export/imageLayout.ts). PNGs come from resvg (embed-images/
// rasterise.ts; @resvg/resvg-js: prebuilt binaries, no browser, no system fonts: our fonts are
// passed in, so every machine draws the same pixels). Where resvg cannot load, Chromium draws
// them if /usr/bin/chromium is there; with neither, the build keeps the SVGs, the codes name
// those, and it says so without failing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolveStory, storyLanguage } from '../src/data/localText';
import { parseStory } from '../src/data/validate';
import { indexStory } from '../src/timeline/storyIndex';
import { parseCss, rootVars } from '../src/server/svgStyles';
import {
  FRAME_CLASS,
  noscriptHtml,
  PICTURE_FILES,
  pictureAlt,
  type Drawing,
  type PictureSet,
} from '../src/embed/picture';
import { createDrawer, lookOf } from './embed-images/drawing';
import { pickRasteriser } from './embed-images/rasterise';

const t0 = performance.now();
const result = parseStory(readFileSync('data/story.json', 'utf8'), 'data/story.json');
if (!result.ok) {
  console.error('embed-images: data/story.json is invalid (see the build above)');
  process.exit(1);
}
// The pictures are of the page a reader opens without ?lang=: the story's own language.
const index = indexStory(resolveStory(result.data, storyLanguage(result.data)));
const rules = parseCss(readFileSync('src/styles.css', 'utf8'));
const vars = rootVars(rules);
const draw = createDrawer(index, { rules, vars }, lookOf(vars));

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

const set: PictureSet = { alt: pictureAlt(index), lang: storyLanguage(result.data), heightPx, png };
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
