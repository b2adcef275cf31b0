// Stories that are wide rather than long: many actors (each a filter checkbox, and with
// `lanes=1` a lane) and many annotations, at a fixed 1,000 events. Measures what a reader
// waits for: load to a drawn timeline, the longest main-thread task, DOM nodes, and a zoom
// (button click to the second frame after). Part of `npm run bench`; also run alone:
//   node scripts/bench/wide.mjs [--actors 200,2000] [--annotations 200,2000]
// The limits in src/data/limits.ts were chosen from these figures (docs/benchmarks.md).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { APP_PREFIX, VIEWPORT } from './pages.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DATA_DIR } from './data.mjs';
import { serve } from './server.mjs';
import { generateWideStory } from './wideStory.mjs';

function watchLongTasks() {
  window.__wide = { longest: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__wide.longest = Math.max(window.__wide.longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function measureOne(browser, base, file, lanes) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(watchLongTasks);
  const url = `${base}${APP_PREFIX}?data=/bench-data/${file}${lanes ? '&lanes=1' : ''}`;
  const t0 = Date.now();
  await page.goto(url);
  const ready = page.locator('#root > .page [data-mark="event"], #root > .error-page');
  await ready.first().waitFor({ timeout: 120_000 });
  const loadMs = Date.now() - t0;
  const refused = await page.locator('#root > .error-page').count();
  if (refused) {
    const why = await page.locator('.error-list li').first().textContent();
    await page.close();
    return { refused: why };
  }
  const zoomMs = await page.evaluate(async () => {
    const button = document.querySelector('button[aria-label="Zoom in"]');
    const t = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t;
  });
  const figures = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    longestTaskMs: window.__wide.longest,
  }));
  await page.close();
  return { loadMs, zoomMs, ...figures };
}

/** Measures each wide story with and without lanes; prints and returns a markdown table. */
export async function measureWide({ actors = [200, 2000], annotations = [200, 2000] } = {}) {
  await mkdir(DATA_DIR, { recursive: true });
  const cases = [
    ...actors.map((n) => ({ name: `${n.toLocaleString('en')} actors`, actors: n })),
    ...annotations.map((n) => ({ name: `${n.toLocaleString('en')} annotations`, annotations: n })),
  ];
  // The same server as the main bench: it waits until serve.mjs answers, not a fixed time.
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  try {
    for (const c of cases) {
      const file = `wide-${c.actors ?? 0}-${c.annotations ?? 0}.json`;
      await writeFile(join(DATA_DIR, file), JSON.stringify(generateWideStory(c)));
      for (const lanes of c.actors ? [false, true] : [false]) {
        const r = await measureOne(browser, server.base, file, lanes);
        rows.push({ name: c.name, lanes, ...r });
        console.log(c.name, lanes ? 'lanes' : '', JSON.stringify(r));
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
  const lines = [
    '| 1,000 events and | lanes | load → drawn | longest task | zoom → 2 frames | DOM nodes |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) =>
      r.refused
        ? `| ${r.name} | ${r.lanes ? 'on' : 'off'} | refused: ${r.refused} | | | |`
        : `| ${r.name} | ${r.lanes ? 'on' : 'off'} | ${ms(r.loadMs)} | ${ms(r.longestTaskMs)} | ${ms(r.zoomMs)} | ${r.nodes.toLocaleString('en')} |`,
    ),
  ];
  const markdown = `Wide stories (${VIEWPORT.width}×${VIEWPORT.height}):\n\n${lines.join('\n')}\n`;
  console.log(markdown);
  return { rows, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const list = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1].split(',').map(Number) : undefined;
  };
  await measureWide({
    ...(list('actors') ? { actors: list('actors') } : {}),
    ...(list('annotations') ? { annotations: list('annotations') } : {}),
  });
}
