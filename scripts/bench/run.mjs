// The benchmark: builds, serves, and measures ours, vis-timeline and TimelineJS at each size.
// CLI: scripts/bench.mjs. Import `runBench(options)` or `smoke()` to call it from code.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem, availableParallelism, loadavg, release, type } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { APP_PREFIX, TARGETS, measureRun } from './browser.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { DATA_DIR, writeDataset } from './data.mjs';
import { LIFTED_DIR, buildApp, buildLifted } from './build.mjs';
import { assetWeights, firstViewAssets } from './weight.mjs';
import { renderMarkdown } from './table.mjs';

export const DEFAULTS = {
  sizes: ['bundled', 1000, 10000, 100000],
  runs: 3,
  targets: ['ours', 'vis', 'tl'],
  build: true,
  zoomSteps: 30,
  panSteps: 30,
  heapCycles: 200,
  /** Page load limits: ours gets longer, an anchor that has not drawn by then is "> N s". */
  oursLoadTimeout: 120_000,
  anchorLoadTimeout: 60_000,
  /** A whole run (load + interactions + leak check) is cut off past this. */
  runBudgetMs: 300_000,
  anchorRunBudgetMs: 180_000,
  /** Before each run, wait (up to this long) for the 1-minute load average to drop below the
   * number of CPUs: other work on the machine moves every figure. 0 = do not wait. */
  waitIdleMs: 180_000,
  /** An interaction phase (zoom sequence, pan) stops early past this; the table says so. */
  phaseBudgetMs: 15_000,
  /** The leak check's time limit: ours gets all 200 cycles unless very slow; anchors less. */
  oursHeapBudgetMs: 180_000,
  anchorHeapBudgetMs: 45_000,
  /** TimelineJS builds a slide per event: capped at this many events. */
  tlMaxEvents: 10_000,
  /** An anchor whose first run took longer than this (ms) is not run again at that size. */
  slowRunMs: 60_000,
  out: 'bench-results/latest.md',
  log: (line) => console.log(line),
};

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

/** Starts scripts/serve.mjs on a free loopback port; resolves with { base, stop }. */
/** Starts scripts/serve.mjs on a free port and waits until it serves; `{ base, stop }`. */
export async function serve(root) {
  const port = await freePort();
  const args = ['scripts/serve.mjs', '--port', String(port), '--prefix', APP_PREFIX];
  if (root) args.push('--root', root);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error('serve.mjs did not start in 10 s')), 10_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes('serving')) {
        clearTimeout(timer);
        res();
      }
    });
    child.once('exit', (code) => rej(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => child.kill(),
  };
}

/** Waits until the 1-minute load average is below the CPU count, or `maxMs` has passed. */
async function waitIdle(maxMs, log) {
  const cpus = availableParallelism();
  const t0 = Date.now();
  let said = false;
  while (loadavg()[0] >= cpus && Date.now() - t0 < maxMs) {
    if (!said)
      log(`  waiting for the machine to quieten (load average ${loadavg()[0].toFixed(1)})…`);
    said = true;
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

/** Cold parse + validate of a story file in a fresh Node process (tsx runs the TS sources). */
function parseValidate(file) {
  const r = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/bench/parse-validate.ts', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    return { error: (r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' ') };
  }
}

/** The commit measured, and whether the app's sources had uncommitted changes at build time. */
function gitState() {
  const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'data');
  return commit ? `${commit}${dirty ? ' + uncommitted changes in src/' : ''}` : 'unknown';
}

function machine(browserVersion) {
  const memGiB = totalmem() / 2 ** 30;
  return {
    loadavg: loadavg().map((x) => x.toFixed(2)),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${memGiB.toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString(),
  };
}

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

  if (o.targets.includes('ours')) {
    log('parse + validate in Node (tsx), cold, one process per run…');
    for (const size of o.sizes) {
      await waitIdle(o.waitIdleMs, log);
      const file = join(DATA_DIR, datasets[size].files.story);
      results.parse[size] = Array.from({ length: o.runs }, () => parseValidate(file));
      const bad = results.parse[size].find((r) => r.error || r.ok === false);
      if (bad) results.notes.push(`parse+validate at ${size}: ${bad.error ?? 'story invalid'}`);
    }
  }

  const server = await serve();
  let lifted = null;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  results.machine = { ...machine(browser.version()), commit };
  try {
    for (const size of o.sizes) {
      const ds = datasets[size];
      for (const key of o.targets) {
        const target = TARGETS[key];
        const cell = (results.cells[key][size] = { runs: [] });
        if (key === 'tl' && ds.events > o.tlMaxEvents) {
          cell.skipped = `capped at ${o.tlMaxEvents.toLocaleString('en')} events`;
          continue;
        }
        const runOpts = {
          base: server.base,
          loadTimeout: key === 'ours' ? o.oursLoadTimeout : o.anchorLoadTimeout,
          zoomSteps: o.zoomSteps,
          panSteps: o.panSteps,
          phaseBudgetMs: o.phaseBudgetMs,
          heapBudgetMs: key === 'ours' ? o.oursHeapBudgetMs : o.anchorHeapBudgetMs,
          runBudgetMs: key === 'ours' ? o.runBudgetMs : o.anchorRunBudgetMs,
        };
        for (let i = 0; i < o.runs; i++) {
          await waitIdle(o.waitIdleMs, log);
          const started = Date.now();
          let r = await measureRun(browser, target, ds, {
            ...runOpts,
            heapCycles: i === 0 ? o.heapCycles : 0,
          });
          if (r.refused && key === 'ours') {
            // The shipped app refuses this file; measure rendering on a bench-only build
            // with the size limit lifted, and say so.
            cell.refused = r.refused;
            if (!lifted) {
              log('  the app refused the file; building a bench-only copy with the limit lifted…');
              const was = await buildLifted();
              const srv = await serve(LIFTED_DIR);
              lifted = { server: srv, was };
              results.notes.push(
                `ours at ${size}: the shipped app refuses the file ("${r.refused}"); its ` +
                  `figures marked † come from a bench-only build with MAX_STORY_BYTES raised ` +
                  `from ${was} to 1 GB (same sources otherwise).`,
              );
            }
            cell.lifted = true;
            r = await measureRun(browser, target, ds, {
              ...runOpts,
              base: lifted.server.base,
              heapCycles: i === 0 ? o.heapCycles : 0,
            });
          }
          r.loadavg = loadavg()[0];
          cell.runs.push(r);
          const took = Date.now() - started;
          log(
            `  ${target.label} @ ${size}, run ${i + 1}/${o.runs}: ` +
              (r.error
                ? r.error.slice(0, 160)
                : `ready ${r.ready.toFixed(0)} ms, painted ${r.painted.toFixed(0)} ms, ` +
                  `zoom p95 ${r.zoom?.p95.toFixed(1)} ms, pan p95 ${r.pan?.p95.toFixed(1)} ms`) +
              ` (${(took / 1000).toFixed(1)} s, load average ${r.loadavg.toFixed(1)})`,
          );
          if (r.errors.length) log(`    page errors: ${r.errors.slice(0, 3).join(' | ')}`);
          if (r.error) {
            // A timeout, a crash or a refusal will not change on a second try.
            results.notes.push(`${target.label} at ${size}: ${r.error}`);
            break;
          }
          if (key !== 'ours' && took > o.slowRunMs && i + 1 < o.runs) {
            cell.note = 'one run: too slow to repeat';
            break;
          }
        }
      }
    }
  } finally {
    await browser.close();
    server.stop();
    lifted?.server.stop();
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
