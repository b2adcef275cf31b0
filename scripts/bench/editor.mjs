// The story editor with a big story: open a generated, valid story file (open → the events
// table drawn and the chosen event's title ready), DOM nodes and the longest main-thread task
// while opening; then type 15 characters into that title, one every 50 ms, and read each
// keystroke's Event Timing duration (keydown, input, keyup: p95 and max); then the time from
// the last keystroke until the preview's details show the new title; last, the page reloaded
// with that draft saved (reload → table and form, and the longest task meanwhile). Part of
// `npm run bench -- --editor`; also run alone (after `npm run build`):
//   node scripts/bench/editor.mjs [--sizes 5000,50000] [--trace]
// `--trace` records a Chrome trace of the opening and of the reload and names what each task
// longer than 50 ms on the page's thread spent its time in.
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

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'v8',
  'toplevel',
];

/**
 * The page's tasks over 50 ms in a Chrome trace, each with the longest events inside it (script
 * by function and file, garbage collection, structured clone, layout, IndexedDB): a name for each
 * long task.
 */
function longTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some(
        (t) => t.pid === e.pid && t.name === 'RunTask' && t.tid === e.tid && t.dur > 50_000,
      ),
  );
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur > 50_000);
  const label = (e) => {
    const d = e.args?.data ?? {};
    const where = d.url ? ` ${String(d.url).split('/').pop()}:${d.lineNumber ?? ''}` : '';
    return `${e.name}${d.functionName ? ` ${d.functionName}` : ''}${where}`;
  };
  return tasks.map((t) => {
    const inside = onMain.filter(
      (e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur > 5_000,
    );
    const by = new Map();
    for (const e of inside) by.set(label(e), (by.get(label(e)) ?? 0) + e.dur);
    const top = [...by]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${Math.round(v / 1000)} ms`);
    return { ms: Math.round(t.dur / 1000), inside: top };
  });
}

async function traced(browser, page, doTrace, run) {
  if (!doTrace) return run();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  try {
    return await run();
  } finally {
    const tasks = longTasks(await browser.stopTracing());
    for (const t of tasks) console.log(`  task ${t.ms} ms: ${t.inside.join('; ')}`);
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function measureOne(browser, base, file, n, trace) {
  // A context of its own: each size starts with no drafts, and the reload finds only its own.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(watch);
  await page.goto(`${base}${APP_PREFIX}edit/`);
  const title = page.getByRole('region', { name: /^Event:/ }).getByLabel('Title', { exact: true });
  if (trace) console.log(`editor ${n}: opening`);
  const openMs = await traced(browser, page, trace, async () => {
    const t0 = Date.now();
    await page
      .getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)')
      .setInputFiles(join(DATA_DIR, file));
    await title.waitFor({ timeout: 300_000 });
    return Date.now() - t0;
  });
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
  // The draft as saved (typing's pause included), then the page reloaded with it.
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved in this browser/ })
    .waitFor({ timeout: 300_000 });
  if (trace) console.log(`editor ${n}: reloading`);
  r.reloadMs = await traced(browser, page, trace, async () => {
    const t0 = Date.now();
    await page.reload();
    await title.waitFor({ timeout: 300_000 });
    return Date.now() - t0;
  });
  r.reloadLongestTaskMs = await page.evaluate(() => window.__ed.longest);
  await context.close();
  return r;
}

/** Opens and types into each size of story; prints and returns a markdown table. */
export async function measureEditor({ sizes = [5000, 50_000], trace = false } = {}) {
  await mkdir(DATA_DIR, { recursive: true });
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows = [];
  try {
    for (const n of sizes) {
      const file = `editor-${n}.json`;
      await writeFile(join(DATA_DIR, file), JSON.stringify(generateStory(n)));
      const r = await measureOne(browser, server.base, file, n, trace);
      rows.push(r);
      console.log(`editor ${n}`, JSON.stringify(r));
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const ms = (v) => (v === undefined ? '–' : `${Math.round(v).toLocaleString('en')} ms`);
  const lines = [
    '| events | open → table and form | longest task opening | DOM nodes | keystroke p95 | keystroke max | last key → preview | reload → table and form | longest task reloading |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.n.toLocaleString('en')} | ${ms(r.openMs)} | ${ms(r.longestTaskMs)} | ${r.nodes.toLocaleString('en')} | ${ms(r.keyP95Ms)} | ${ms(r.keyMaxMs)} | ${ms(r.previewMs)} | ${ms(r.reloadMs)} | ${ms(r.reloadLongestTaskMs)} |`,
    ),
  ];
  const markdown = `Story editor, big stories (${VIEWPORT.width}×${VIEWPORT.height}; targets: open ≤ 3 s, keystroke ≤ 100 ms, preview ≤ 1 s):\n\n${lines.join('\n')}\n`;
  console.log(markdown);
  return { rows, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--sizes');
  await measureEditor({
    ...(i >= 0 ? { sizes: args[i + 1].split(',').map(Number) } : {}),
    trace: args.includes('--trace'),
  });
}
