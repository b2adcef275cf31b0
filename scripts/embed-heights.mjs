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
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { LANGS } from '../src/i18n/languages.ts';
import { FONTS } from '../src/store/embedLook.ts';
import { heightKey } from '../src/embed/startHeights.ts';

const MIN_PX = 280;
const MAX_PX = 1320;
const SWEEP_PX = 24;
const file = 'dist/embed.js';
const MARKER = /var START_HEIGHTS = \{[^;]*\};/;

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(`embed-heights: no Chromium at ${CHROMIUM_PATH}; embed.js reserves 640 px`);
  process.exit(0);
}
const story = JSON.parse(readFileSync('data/story.json', 'utf8'));
const storyLang = typeof story.language === 'string' ? story.language : 'en';
const OPTIONS = ['', 'parts=timeline', 'plain=1'];
const queries = [
  ...LANGS.flatMap((lang) =>
    OPTIONS.map((o) => [lang === storyLang ? '' : `lang=${lang}`, o].filter(Boolean).join('&')),
  ),
  ...FONTS.flatMap((font) => OPTIONS.map((o) => [`font=${font}`, o].filter(Boolean).join('&'))),
];

const { chromium } = await import('@playwright/test');
const port = 4500 + Math.floor(Math.random() * 400);
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--prefix', '/e/'], {
  stdio: 'ignore',
});
const t0 = performance.now();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function open(page, query, widthPx) {
  await page.setViewportSize({ width: widthPx, height: 900 });
  for (let tries = 0; ; tries++) {
    try {
      await page.goto(`http://127.0.0.1:${port}/e/?embed=1${query ? `&${query}` : ''}`);
      break;
    } catch (e) {
      // The server may still be starting.
      if (tries > 20) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  // The timeline region's name is in the embed's language.
  await page.locator('[role=region] svg').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/** The settled content height at a width: the same over three frames running. */
async function heightAtWidth(page, widthPx) {
  await page.setViewportSize({ width: widthPx, height: 900 });
  return page.evaluate(async () => {
    const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
    let last = -1;
    let h = measure();
    for (let same = 0; same < 3;) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      h = measure();
      same = h === last ? same + 1 : 0;
      last = h;
    }
    return h;
  });
}

/** `[[from width, height], ...]` for one query, widths ascending. */
async function measureSteps(page, query) {
  await open(page, query, MAX_PX);
  const at = new Map();
  const h = async (w) => {
    if (!at.has(w)) at.set(w, await heightAtWidth(page, w));
    return at.get(w);
  };
  const sweep = [];
  for (let w = MAX_PX; w >= MIN_PX; w -= SWEEP_PX) sweep.unshift(w);
  if (sweep[0] !== MIN_PX) sweep.unshift(MIN_PX);
  for (const w of [...sweep].reverse()) await h(w);
  const steps = [[MIN_PX, await h(MIN_PX)]];
  for (let i = 1; i < sweep.length; i++) {
    if ((await h(sweep[i - 1])) === (await h(sweep[i]))) continue;
    // The narrowest width with sweep[i]'s height: bisect (lo has the old height, hi the new).
    let lo = sweep[i - 1];
    let hi = sweep[i];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if ((await h(mid)) === (await h(hi))) hi = mid;
      else lo = mid;
    }
    steps.push([hi, await h(hi)]);
  }
  // Merge neighbours of equal height (a change and back between two sweep widths).
  return steps.filter((s, i) => i === 0 || s[1] !== steps[i - 1][1]);
}

const heights = {};
try {
  // Two pages at once: measuring is mostly waiting for layout.
  const pages = await Promise.all([browser.newPage(), browser.newPage()]);
  const todo = [...queries];
  await Promise.all(
    pages.map(async (page) => {
      for (let q = todo.shift(); q !== undefined; q = todo.shift()) {
        heights[heightKey(new URLSearchParams(q), storyLang)] = await measureSteps(page, q);
      }
    }),
  );
  // A resized page must give what a fresh load gives: check the default at each step's width.
  const page = pages[0];
  for (const [w, px] of heights['']) {
    await open(page, '', w);
    const fresh = await heightAtWidth(page, w);
    if (fresh !== px)
      throw new Error(`embed-heights: at ${w} px a fresh load is ${fresh}, not ${px}`);
  }
} finally {
  await browser.close();
  server.kill();
}
const table = { lang: storyLang, heights };
const js = readFileSync(file, 'utf8');
if (!MARKER.test(js)) {
  console.error(`embed-heights: ${file} has no "var START_HEIGHTS = {...};" to fill`);
  process.exit(1);
}
writeFileSync(
  file,
  js.replace(MARKER, () => `var START_HEIGHTS = ${JSON.stringify(table)};`),
);
writeFileSync('dist/embed-heights.json', `${JSON.stringify(table)}\n`);
const show = (k) => `${k || 'default'}: ${heights[k].map(([w, h]) => `${w}→${h}`).join(' ')}`;
console.log(
  `embed-heights: ${Object.keys(heights).length} tables (${(performance.now() - t0).toFixed(0)} ms); ` +
    `${show('')}; ${show('parts=timeline')}; ${show('plain=1')}`,
);
