// The story editor with a big story: open a generated, valid story file (open → the events
// table drawn and the chosen event's title ready), DOM nodes and the longest main-thread task
// while opening; then type 15 characters into that title, one every 50 ms, and read each
// keystroke's Event Timing duration (keydown, input, keyup: p95 and max); then the time from
// the last keystroke until the preview's details show the new title. Part of
// `npm run bench -- --editor`; also run alone (after `npm run build`):
//   node scripts/bench/editor.mjs [--sizes 5000,50000]
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { APP_PREFIX, VIEWPORT } from './pages.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DATA_DIR } from './data.mjs';
import { serve } from './server.mjs';
import { generateStory } from './generate.mjs';

const TYPED = ' (now revised)!';
/** Typing is timed at these sizes; past them only the opening is (the table is the same). */
const TYPE_UP_TO = 10_000;

function watch() {
  window.__ed = { longest: 0, keys: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__ed.longest = Math.max(window.__ed.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (/^key|^input|^beforeinput/.test(e.name)) window.__ed.keys.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function measureOne(browser, base, file, n) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(watch);
  await page.goto(`${base}${APP_PREFIX}edit/`);
  const t0 = Date.now();
  await page
    .getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)')
    .setInputFiles(join(DATA_DIR, file));
  const title = page.getByRole('region', { name: /^Event:/ }).getByLabel('Title', { exact: true });
  await title.waitFor({ timeout: 300_000 });
  const openMs = Date.now() - t0;
  const opened = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    longestTaskMs: window.__ed.longest,
  }));
  const r = { n, openMs, ...opened };
  if (n <= TYPE_UP_TO) {
    // The preview first shows the chosen event before typing starts.
    const frame = page.frameLocator('iframe[title="Preview of the timeline"]');
    const details = frame.getByRole('region', { name: 'Event details' });
    const before = await title.inputValue();
    await details.getByRole('heading', { name: before }).waitFor({ timeout: 120_000 });
    await title.click();
    await title.press('End');
    await page.evaluate(() => (window.__ed.keys = []));
    await title.pressSequentially(TYPED, { delay: 50, timeout: 300_000 });
    const typedAt = Date.now();
    await details.getByRole('heading', { name: before + TYPED }).waitFor({ timeout: 120_000 });
    r.previewMs = Date.now() - typedAt;
    const keys = await page.evaluate(() => window.__ed.keys);
    // Entries under 16 ms are not reported: a keystroke missing from the list was that fast.
    const all = [...keys, ...Array(Math.max(0, TYPED.length * 3 - keys.length)).fill(0)].sort(
      (a, b) => a - b,
    );
    r.keyP95Ms = pct(all, 0.95);
    r.keyMaxMs = all.at(-1) ?? 0;
  }
  await page.close();
  return r;
}

/** Opens and types into each size of story; prints and returns a markdown table. */
export async function measureEditor({ sizes = [5000, 50_000] } = {}) {
  await mkdir(DATA_DIR, { recursive: true });
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const n of sizes) {
      const file = `editor-${n}.json`;
      await writeFile(join(DATA_DIR, file), JSON.stringify(generateStory(n)));
      const r = await measureOne(browser, server.base, file, n);
      rows.push(r);
      console.log(`editor ${n}`, JSON.stringify(r));
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const ms = (v) => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`);
  const lines = [
    '| events | open → table and form | longest task opening | DOM nodes | keystroke p95 | keystroke max | last key → preview |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.n.toLocaleString('en')} | ${ms(r.openMs)} | ${ms(r.longestTaskMs)} | ${r.nodes.toLocaleString('en')} | ${ms(r.keyP95Ms)} | ${ms(r.keyMaxMs)} | ${ms(r.previewMs)} |`,
    ),
  ];
  const markdown = `Story editor, big stories (${VIEWPORT.width}×${VIEWPORT.height}; targets: open ≤ 3 s, keystroke ≤ 100 ms, preview ≤ 1 s):\n\n${lines.join('\n')}\n`;
  console.log(markdown);
  return { rows, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--sizes');
  await measureEditor(i >= 0 ? { sizes: args[i + 1].split(',').map(Number) } : {});
}
