// After `vite build`: pictures of the bundled story's opening view, for where script cannot
// run (the embed codes' <noscript>, the AMP placeholder, the Embed dialog's "Image only"):
//   dist/timeline-320.svg/.png and timeline-320@2x.png  the phone drawing (time runs down)
//   dist/timeline-640.svg/.png and timeline-1280.*      the column drawing, at 1× and 2×
//   dist/embed-images.json                               heights and alt text, for the dialog
// and the picture in dist/oembed.json's html. See src/embed/picture.ts for why two drawings.
//
// The SVG is our own (src/server/pictureDrawing.ts): the timeline component rendered on the server
// as scripts/prerender.ts does, its styles taken from src/styles.css, and the export's layout of
// the words around it (src/export/imageLayout.ts). PNGs come from resvg (embed-images/
// rasterise.ts; @resvg/resvg-js: prebuilt binaries, no browser, no system fonts: our fonts are
// passed in, so every machine draws the same pixels). Where resvg cannot load, Chromium draws
// them if /usr/bin/chromium is there; with neither, the build keeps the SVGs, the codes name
// those, and it says so without failing.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolveStory, storyLanguage } from '../src/data/localText';
import { parseStory } from '../src/data/validate';
import { indexStory } from '../src/timeline/storyIndex';
import { pictureAlt, type PictureSet } from '../src/embed/picture';
import { drawPictures, oembedWithPicture } from '../src/server/publishStory';
import { parseHtmlWithJsdom } from './embed-images/parseHtml';
import { writePictures } from './embed-images/writePictures';

const t0 = performance.now();
const result = parseStory(readFileSync('data/story.json', 'utf8'), 'data/story.json');
if (!result.ok) {
  console.error('embed-images: data/story.json is invalid (see the build above)');
  process.exit(1);
}
// The pictures are of the page a reader opens without ?lang=: the story's own language.
const index = indexStory(resolveStory(result.data, storyLanguage(result.data)));
const { drawn, heightPx } = drawPictures(
  index,
  readFileSync('src/styles.css', 'utf8'),
  parseHtmlWithJsdom,
);
const { png, by } = await writePictures('dist', drawn);

const set: PictureSet = { alt: pictureAlt(index), lang: storyLanguage(result.data), heightPx, png };
writeFileSync('dist/embed-images.json', `${JSON.stringify(set, null, 2)}\n`);

// oEmbed consumers paste `html` as it is, without our script: the picture goes with the frame.
const oembedFile = 'dist/oembed.json';
writeFileSync(oembedFile, oembedWithPicture(readFileSync(oembedFile, 'utf8'), set));

console.log(
  `embed-images: phone 320×${heightPx.phone}, column 640×${heightPx.column} px; ` +
    `${png ? `PNG by ${by}` : 'SVG only'} (${(performance.now() - t0).toFixed(0)} ms)`,
);
