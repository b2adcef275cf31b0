// After `vite build` (run with tsx): measures the embed's opening height (the bundled story,
// nothing selected) in Chromium for every column width from 280 to 1,320 px, for the default
// embed and the options that change its layout (`parts=timeline`, `plain=1`, each interface
// language, each font), and writes the tables into dist/embed.js and dist/embed-heights.json
// (src/embed/startHeights.ts reads them). embed.js then reserves, before the frame loads, the
// height the frame will report for its column's width, so the article around it does not move;
// the Embed dialog gives a plain iframe the tallest height, so it never scrolls inside itself.
// The height is a step function of the width (a title wraps, a control row breaks): a sweep
// finds where it changes and a bisection finds the exact width, by resizing one loaded page
// (the same heights as a fresh load at each width; checked against fresh loads below).
// Without Chromium it keeps embed.js's fallback (640 px) and says so, without failing the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.mjs';
import { LANGS } from '../src/i18n/languages.ts';
import { FONTS } from '../src/store/embedLook.ts';
import { MEASURED_OPTIONS, withStartHeights } from '../src/embed/measureSteps.ts';
import { measureServed } from './embed-heights/measureServed.mjs';

const file = 'dist/embed.js';

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(`embed-heights: no Chromium at ${CHROMIUM_PATH}; embed.js reserves 640 px`);
  process.exit(0);
}
const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
const storyLang = typeof story.language === 'string' ? story.language : 'en';
const OPTIONS = MEASURED_OPTIONS;
const queries = [
  ...LANGS.flatMap((lang) =>
    OPTIONS.map((o) => [lang === storyLang ? '' : `lang=${lang}`, o].filter(Boolean).join('&')),
  ),
  ...FONTS.flatMap((font) => OPTIONS.map((o) => [`font=${font}`, o].filter(Boolean).join('&'))),
];

const t0 = performance.now();
// A resized page must give what a fresh load gives: checked at each of the default's steps.
const table = await measureServed({ root: 'dist', queries, storyLang, checkFresh: true });
const { heights } = table;
writeFileSync(file, withStartHeights(readFileSync(file, 'utf8'), table));
writeFileSync('dist/embed-heights.json', `${JSON.stringify(table)}\n`);
const show = (k) => `${k || 'default'}: ${heights[k].map(([w, h]) => `${w}→${h}`).join(' ')}`;
console.log(
  `embed-heights: ${Object.keys(heights).length} tables (${(performance.now() - t0).toFixed(0)} ms); ` +
    `${show('')}; ${show('parts=timeline')}; ${show('plain=1')}`,
);
