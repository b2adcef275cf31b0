// Where a `?data=` load's time goes: a CPU profile of the page from navigation to the first
// painted frame, each sample charged to a stage by the source file it ran in (through the
// build's source maps), beside the app's own performance marks.
// Usage: node scripts/bench/profileLoad.mjs DIST N… (DIST built with `vite build --sourcemap`;
// stories from bench-results/data/story-N.json, written by the bench).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from './server.mjs';
import { APP_PREFIX, TARGETS, VIEWPORT } from './pages.mjs';
import { instrument, listenForReports } from './instrument.mjs';

/** The stage a source file belongs to (first match wins). */
const STAGES = [
  [
    'validate',
    /zod|src\/data\/(validate|validateFast|storyCheck|storyJson|issueOrder|crossCheck|schema|dateChecks|dateParse|localText|textControls|limits|protoKeys|metadataChecks|mediaChecks)/,
  ],
  ['index', /src\/timeline\/(storyIndex|spans|eventSpan|dates)/],
  ['layout', /src\/timeline\//],
  ['React render', /react-dom|react\/|scheduler/],
  ['app (components, store, hooks)', /src\//],
];

const maps = new Map();
function consumerFor(dist, url) {
  const file = url.split('/').at(-1);
  if (!maps.has(file)) {
    const path = join(dist, 'assets', `${file}.map`);
    let c;
    try {
      c = new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      c = null;
    }
    maps.set(file, c);
  }
  return maps.get(file);
}

/** The source file a sample ran in, or a native function's name. */
function sourceOf(dist, frame) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) return `(native) ${functionName}`;
  const c = consumerFor(dist, url);
  const p = c?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
  return p?.source ? `${p.source.replace(/^.*node_modules\//, '')} ${p.name ?? ''}` : url;
}

function stageOf(dist, frame) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (!url) {
    if (functionName === 'parse') return 'JSON.parse';
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'browser (style, layout, paint, other)';
    return `native ${functionName}`;
  }
  const c = consumerFor(dist, url);
  const source = c?.originalPositionFor({ line: lineNumber + 1, column: columnNumber }).source;
  const where = source ?? url;
  for (const [stage, re] of STAGES) if (re.test(where)) return stage;
  return 'other script';
}

export async function profileLoad(dist, size, server) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const load = listenForReports(page);
  await page.addInitScript(instrument, [TARGETS.ours.marks, TARGETS.ours.failed]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  // `bundled`: the page itself, profiled until the app (not the build-time picture) has drawn.
  const bundled = size === 'bundled';
  await page.goto(
    `${server.base}${APP_PREFIX}${bundled ? '' : `?data=/bench-data/story-${size}.json`}`,
    { waitUntil: 'commit' },
  );
  await Promise.race([load.painted, load.failed]);
  if (bundled)
    await page.waitForFunction(() => document.querySelector('[data-mark]:not(.prerender *)'));
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
      .map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration })),
  );
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    const story = performance
      .getEntriesByType('resource')
      .find((r) => r.name.includes('/bench-data/'));
    return {
      resources: performance
        .getEntriesByType('resource')
        .map((r) => [r.name.split('/').at(-1), Math.round(r.startTime), Math.round(r.responseEnd)]),
      responseEnd: n?.responseEnd,
      storyStart: story?.startTime,
      storyResponseStart: story?.responseStart,
      storyEnd: story?.responseEnd,
    };
  });
  // The floor: this page's own JSON.parse of the same file.
  const jsonParse = bundled
    ? NaN
    : await page.evaluate(async (href) => {
        const text = await (await fetch(href)).text();
        const t0 = performance.now();
        JSON.parse(text);
        return performance.now() - t0;
      }, `${server.base}/bench-data/story-${size}.json`);
  await browser.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const stages = new Map();
  const sources = new Map();
  // Samples by 100 ms from the profile's start, just before the navigation (give or take the
  // few ms the browser takes to start it).
  const buckets = new Map();
  let at = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += profile.timeDeltas[i] ?? 0;
    const stage = stageOf(dist, frame);
    stages.set(stage, (stages.get(stage) ?? 0) + ms);
    const source = sourceOf(dist, frame);
    sources.set(source, (sources.get(source) ?? 0) + ms);
    const slot = Math.floor(at / 1000 / 100);
    const bucket = buckets.get(slot) ?? new Map();
    bucket.set(source, (bucket.get(source) ?? 0) + ms);
    buckets.set(slot, bucket);
  });
  return {
    size,
    ready: load.ready,
    painted: load.paintedAt,
    live: load.live,
    jsonParse,
    marks,
    nav,
    stages,
    sources,
    buckets,
  };
}

async function main() {
  const [dist, ...sizes] = process.argv.slice(2);
  const server = await serve(dist);
  try {
    for (const size of sizes) {
      const r = await profileLoad(dist, size, server);
      console.log(
        `${dist} ${size}: ready ${r.ready?.toFixed(0)} painted ${r.painted?.toFixed(0)}` +
          ` JSON.parse ${r.jsonParse.toFixed(0)} (ready ÷ it ${(r.ready / r.jsonParse).toFixed(1)}×)`,
        JSON.stringify({ ...r.nav, resources: undefined }),
      );
      // Which file arrived when (ms from navigation: requested, last byte).
      for (const [name, start, end] of r.nav.resources ?? [])
        console.log(`  file ${name.slice(0, 60).padEnd(60)} ${start} → ${end}`);
      for (const m of r.marks)
        console.log(
          `  ${m.type} ${m.name} @${m.start.toFixed(0)} ${m.duration ? `${m.duration.toFixed(0)} ms` : ''}`,
        );
      for (const [k, v] of [...r.stages].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 1))
        console.log(`  ${k.padEnd(40)} ${v.toFixed(0)} ms`);
      // What ran in each 100 ms: its three largest sources.
      if (process.env.TIMELINE)
        for (const [slot, bucket] of [...r.buckets].sort((a, b) => a[0] - b[0]))
          console.log(
            `  ${String(slot * 100).padStart(6)} ms: ${[...bucket]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([k, v]) => `${v.toFixed(0)} ${k.replace(/^.*\/src\//, '').slice(0, 50)}`)
              .join(' | ')}`,
          );
      if (process.env.SOURCES)
        for (const [k, v] of [...r.sources]
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(process.env.SOURCES)))
          console.log(`    ${v.toFixed(0).padStart(6)} ${k.slice(0, 150)}`);
    }
  } finally {
    server.stop();
  }
}
if (process.argv[1]?.endsWith('profileLoad.mjs')) await main();
