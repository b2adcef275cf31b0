// Time scales under load: zoom and pan p95 with quiet stretches shortened (`scale=breaks`) at
// 10,000 and 100,000 events, and a generated 10,000-event story with long quiet years (events
// only in 2019, 2022 and 2025), which must open in `breaks` by itself. Part of `npm run bench`;
// also `node scripts/bench/scales.mjs` (after `npm run build`).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { measureRun } from './browser.mjs';
import { APP_PREFIX, TARGETS } from './pages.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DATA_DIR, SEED, writeDataset } from './data.mjs';
import { generateStory } from './generate.mjs';
import { serve } from './server.mjs';

const ACTIVE_YEARS = new Set(['2019', '2022', '2025']);

/** 10,000 events in three active years out of eight: a story that is mostly quiet time. */
async function writeQuietYears(n = 10_000) {
  const story = generateStory(Math.round(n * 2.9), SEED);
  const years = (d) => JSON.stringify(d).match(/\d{4}(?=-\d\d)/g) ?? [];
  story.events = story.events.filter((e) => years(e.date).every((y) => ACTIVE_YEARS.has(y)));
  story.events = story.events.slice(0, n);
  const file = `story-quiet-${n}.json`;
  await writeFile(join(DATA_DIR, file), JSON.stringify(story));
  return { size: `quiet-${n}`, events: story.events.length, files: { story: file } };
}

export async function measureScales({
  sizes = [10_000, 100_000],
  runs = 2,
  kinds = ['linear', 'breaks'],
} = {}) {
  // The same server as the main bench: it waits until serve.mjs answers, not a fixed time.
  const server = await serve();
  const { base } = server;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  let quiet;
  try {
    for (const size of sizes) {
      const ds = await writeDataset(size);
      // Runs alternate between scales, so a busy moment on the machine hits both alike.
      for (let i = 0; i < runs; i++)
        for (const kind of kinds) {
          const target = {
            ...TARGETS.ours,
            url: (b, d) => `${TARGETS.ours.url(b, d)}&scale=${kind}`,
          };
          const r = await measureRun(browser, target, ds, {
            base,
            loadTimeout: 120_000,
            zoomSteps: 30,
            panSteps: 30,
            phaseBudgetMs: 15_000,
            heapBudgetMs: 0,
            runBudgetMs: 300_000,
            heapCycles: 0,
          });
          rows.push({ size, kind, zoom: r.zoom?.p95, pan: r.pan?.p95, error: r.error });
        }
    }
    const q = await writeQuietYears();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}${APP_PREFIX}?data=/bench-data/${q.files.story}`);
    // The app's, not the hidden build-time picture's (in the page until the app replaces it).
    const select = page.locator('#root > .page').getByLabel('Time scale');
    await select.waitFor({ timeout: 120_000 });
    quiet = {
      events: q.events,
      scale: await select.inputValue(),
      breaks: await page.locator('.timeline .axis-break-label').allTextContents(),
    };
  } finally {
    await browser.close();
    server.stop();
  }
  const ms = (v) => (typeof v === 'number' ? `${v.toFixed(1)} ms` : '—');
  const median = (xs) => {
    const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
    return v.length ? v[Math.floor((v.length - 1) / 2)] : undefined;
  };
  const lines = [
    '| events | scale | zoom p95 | pan p95 | target |',
    '|---|---|---|---|---|',
    ...sizes.flatMap((size) =>
      kinds.map((kind) => {
        const mine = rows.filter((r) => r.size === size && r.kind === kind);
        const target = size >= 100_000 ? '≤ 33 ms' : '≤ 16.7 ms';
        return `| ${size.toLocaleString('en')} | ${kind} | ${ms(median(mine.map((r) => r.zoom)))} | ${ms(median(mine.map((r) => r.pan)))} | ${target} |`;
      }),
    ),
  ];
  const markdown =
    `Time scales (1280×800, median of ${runs} runs):\n\n${lines.join('\n')}\n\n` +
    (quiet
      ? `A generated ${quiet.events.toLocaleString('en')}-event story with quiet years opens in \`${quiet.scale}\`` +
        ` with ${quiet.breaks.length} breaks (${quiet.breaks.join(', ')}).\n`
      : '');
  console.log(markdown);
  for (const r of rows) if (r.error) console.log(`  ${r.size}: ${r.error}`);
  return { rows, quiet, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await measureScales();
