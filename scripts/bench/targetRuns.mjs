// One target at one size: its runs, one after another, each measured in a fresh browser context.
import { loadavg } from 'node:os';
import { measureRun } from './browser.mjs';
import { TARGETS } from './pages.mjs';
import { LIFTED_DIR, buildLifted } from './build.mjs';
import { waitIdle } from './machine.mjs';
import { serve } from './server.mjs';

/** The dataset file each target's page reads. */
const FILE_OF = { ours: 'story', vis: 'vis', tl: 'tl' };

/** Asks the server for a data file once, gzipped, so it has compressed it before a run. */
async function warmFile(base, name) {
  const res = await fetch(`${base}/bench-data/${name}`, { headers: { 'accept-encoding': 'gzip' } });
  await res.arrayBuffer();
}

/**
 * The server compresses each file on its first request and keeps it (as a static host or CDN
 * does: scripts/serve.mjs): without this, each cell's first run also timed compressing its data
 * file (0.7 s of a 100,000-event story's load) and each page's first run its scripts. So the
 * file is fetched before the runs, and each page is loaded once, unmeasured, on the smallest
 * dataset.
 */
async function warmServer(session, key, ds) {
  const { o, browser, results, server } = session;
  await warmFile(server.base, ds.files[FILE_OF[key]]);
  session.warmed ??= new Set();
  if (session.warmed.has(key)) return;
  session.warmed.add(key);
  const smallest = Object.values(results.datasets).sort(
    (a, b) => (a.size === 'bundled') - (b.size === 'bundled') || a.events - b.events,
  )[0];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(TARGETS[key].url(server.base, smallest), { timeout: o.anchorLoadTimeout });
    await page.waitForSelector(TARGETS[key].marks, { timeout: o.anchorLoadTimeout });
  } catch {
    // A page that does not draw is measured, and its failure reported, by the runs themselves.
  } finally {
    await context.close();
  }
}

/**
 * Measures target `key` at `size` into `results.cells[key][size]`, `o.runs` times; stops at the
 * first error, or after one run of a slow anchor. `session` holds the options `o`, the `browser`,
 * the `server`, the `results` and, once a file is refused, the `lifted` bench-only build's server.
 */
export async function targetRuns(session, key, size) {
  const { o, browser, results } = session;
  const log = o.log;
  const ds = results.datasets[size];
  const target = TARGETS[key];
  const cell = (results.cells[key][size] = { runs: [] });
  if (key === 'tl' && ds.events > o.tlMaxEvents) {
    cell.skipped = `capped at ${o.tlMaxEvents.toLocaleString('en')} events`;
    return;
  }
  const runOpts = {
    base: session.server.base,
    loadTimeout: key === 'ours' ? o.oursLoadTimeout : o.anchorLoadTimeout,
    zoomSteps: o.zoomSteps,
    panSteps: o.panSteps,
    phaseBudgetMs: o.phaseBudgetMs,
    heapBudgetMs: key === 'ours' ? o.oursHeapBudgetMs : o.anchorHeapBudgetMs,
    runBudgetMs: key === 'ours' ? o.runBudgetMs : o.anchorRunBudgetMs,
  };
  await warmServer(session, key, ds);
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
      if (!session.lifted) {
        log('  the app refused the file; building a bench-only copy with the limit lifted…');
        const was = await buildLifted();
        const srv = await serve(LIFTED_DIR);
        session.lifted = { server: srv, was };
        await warmFile(srv.base, ds.files[FILE_OF[key]]);
        results.notes.push(
          `ours at ${size}: the shipped app refuses the file ("${r.refused}"); its ` +
            `figures marked † come from a bench-only build with MAX_STORY_BYTES raised ` +
            `from ${was} to 1 GB (same sources otherwise).`,
        );
      }
      cell.lifted = true;
      r = await measureRun(browser, target, ds, {
        ...runOpts,
        base: session.lifted.server.base,
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
