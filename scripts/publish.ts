// `npm run publish -- STORY.json --out DIR [--no-heights]`: a folder ready for any static host,
// made from the built app (run `npm run build` first) and one story: index.html with that
// story's picture drawn in and its own share tags, its pictures (PNG and SVG), embed.js with its
// heights measured in Chromium, oembed.json, and the app's files. Every URL in it is relative.
// The editor's "Download for the web" makes the same folder in the browser
// (src/edit/webFolder.ts) from the same functions (src/server/publishStory.ts).
import './productionReact';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseStory } from '../src/data/validate';
import { formatIssue } from '../src/data/issues';
import { escapeForTerminal } from '../src/data/terminalText';
import { publishStory, PUBLISH_FILES } from '../src/server/publishStory';
import { storyHeightQueries, withStartHeights } from '../src/embed/measureSteps';
import type { StartHeights } from '../src/embed/startHeights';
import { parseHtmlWithJsdom } from './embed-images/parseHtml';
import { writePictures } from './embed-images/writePictures';
import { CHROMIUM_PATH } from './chromium.mjs';
import { measureServed } from './embed-heights/measureServed.mjs';

const USAGE = 'usage: npm run publish -- STORY.json --out DIR [--no-heights]';
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const file = args.find((a, i) => !a.startsWith('--') && i !== outAt + 1);
if (!file || !out) {
  console.error(USAGE);
  process.exit(2);
}
const dist = 'dist';
if (!existsSync(join(dist, PUBLISH_FILES))) {
  console.error(`publish: ${dist}/${PUBLISH_FILES} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const result = parseStory(readFileSync(file, 'utf8'), file);
if (!result.ok) {
  const lines = result.issues.map((i) => escapeForTerminal(formatIssue(i)));
  console.error(`Invalid story:\n${lines.join('\n')}`);
  process.exit(1);
}
const t0 = performance.now();

// The app's own files, as they are.
const copied = JSON.parse(readFileSync(join(dist, PUBLISH_FILES), 'utf8')) as string[];
for (const path of copied) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  copyFileSync(join(dist, path), join(out, path));
}

// The story's page and pictures; the PNGs decide what the page and codes name.
const app = {
  page: readFileSync(join(dist, 'index.html'), 'utf8'),
  oembed: readFileSync(join(dist, 'oembed.json'), 'utf8'),
  stylesCss: readFileSync('src/styles.css', 'utf8'),
};
let published = publishStory(result.data, app, parseHtmlWithJsdom, true);
const { png, by } = await writePictures(out, published.drawn);
if (!png) published = publishStory(result.data, app, parseHtmlWithJsdom, false);
for (const [path, text] of Object.entries(published.files)) writeFileSync(join(out, path), text);

// Its embed heights, measured in Chromium from the folder itself; without, embed.js reserves
// its fallback (the bundled story's heights would be wrong for this one).
const { lang, languages } = published;
let table: StartHeights = { lang, heights: {} };
const measure = !args.includes('--no-heights') && existsSync(CHROMIUM_PATH);
if (!measure && !args.includes('--no-heights'))
  console.warn(`publish: embed heights not measured (no Chromium at ${CHROMIUM_PATH})`);
writeFileSync(
  join(out, 'embed.js'),
  withStartHeights(readFileSync(join(dist, 'embed.js'), 'utf8'), table),
);
if (measure) {
  const queries = storyHeightQueries(lang, languages);
  table = await measureServed({ root: out, queries, storyLang: lang });
  writeFileSync(
    join(out, 'embed.js'),
    withStartHeights(readFileSync(join(out, 'embed.js'), 'utf8'), table),
  );
  writeFileSync(join(out, 'embed-heights.json'), `${JSON.stringify(table)}\n`);
}

const steps = table.heights[''];
console.log(
  `publish: ${out}/ (${copied.length + Object.keys(published.files).length + 1} files): ` +
    `${file}, pictures ${png ? `PNG by ${by} and SVG` : 'SVG only'}, ` +
    `${steps ? `embed heights ${steps.map(([w, h]) => `${w}→${h}`).join(' ')}` : 'no embed heights'} ` +
    `(${(performance.now() - t0).toFixed(0)} ms)`,
);
