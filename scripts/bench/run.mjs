// The benchmark: builds, serves, and measures ours, vis-timeline and TimelineJS at each size.
// CLI: scripts/bench.mjs. Import `runBench(options)` or `smoke()` to call it from code.
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DATA_DIR, writeDataset } from './data.mjs';
import { buildApp } from './build.mjs';
import { assetWeights, firstViewAssets } from './weight.mjs';
import { renderMarkdown } from './table.mjs';
import { DEFAULTS } from './defaults.mjs';
import { serve } from './server.mjs';
import { gitState, machine } from './machine.mjs';
import { parseTimes } from './parseTimes.mjs';
import { targetRuns } from './targetRuns.mjs';

/** Runs the benchmark; returns { results, markdown }. */
export async function runBench(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const log = o.log;
  const t0 = Date.now();

  const commit = o.build ? gitState() : `dist/ as found (HEAD ${gitState()})`;
  if (o.build) {
    log(`building (npm run build) at ${commit}…`);
    log(`  built in ${(buildApp() / 1000).toFixed(1)} s`);
  }

  log(`writing stories to ${DATA_DIR}…`);
  const datasets = {};
  for (const size of o.sizes) datasets[size] = await writeDataset(size);

  const results = {
    options: { ...o, log: undefined },
    datasets,
    cells: Object.fromEntries(o.targets.map((t) => [t, {}])),
    parse: {},
    notes: [],
  };

  if (o.targets.includes('ours')) await parseTimes(o, datasets, results);

  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  results.machine = { ...machine(browser.version()), commit };
  const session = { o, browser, server, results, lifted: null };
  try {
    for (const size of o.sizes) {
      for (const key of o.targets) await targetRuns(session, key, size);
    }
  } finally {
    await browser.close();
    server.stop();
    session.lifted?.server.stop();
  }

  try {
    results.weight = assetWeights('dist');
    results.firstView = firstViewAssets('dist');
  } catch (e) {
    results.notes.push(`weight: ${e instanceof Error ? e.message : e}`);
  }
  results.elapsedMs = Date.now() - t0;
  results.machine.loadavgEnd = loadavg().map((x) => x.toFixed(2));

  const markdown = renderMarkdown(results);
  if (o.out) {
    await mkdir(resolve(o.out, '..'), { recursive: true });
    await writeFile(o.out, markdown);
    await writeFile(o.out.replace(/\.md$/, '.json'), JSON.stringify(results, null, 1));
  }
  return { results, markdown };
}

/** 100 events, ours only, one run, a short leak check: a quick check that the bench works. */
export function smoke(options = {}) {
  return runBench({
    sizes: [100],
    runs: 1,
    targets: ['ours'],
    heapCycles: 20,
    waitIdleMs: 0,
    out: 'bench-results/smoke.md',
    ...options,
  });
}
