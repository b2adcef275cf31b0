// The main thread's own CPU time from a `?data=` story's last byte (`story:fetched`) to its first
// mark, from a Chromium trace (each task's thread time, not the wall clock, which on a shared
// machine counts the waits), for builds loaded in turn: A, B, A, B…, each in a fresh browser.
// Usage: node scripts/bench/loadCpu.mjs ROUNDS N DIST… (stories from bench-results/data/).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from './server.mjs';
import { APP_PREFIX, TARGETS, VIEWPORT } from './pages.mjs';
import { instrument, listenForReports } from './instrument.mjs';
const [rounds, size, ...dists] = process.argv.slice(2);
const servers = await Promise.all(dists.map((d) => serve(d)));
const res = Object.fromEntries(dists.map((d) => [d, []]));
for (let r = 0; r < Number(rounds); r++)
  for (let di = 0; di < dists.length; di++) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const load = listenForReports(page);
    await page.addInitScript(instrument, [TARGETS.ours.marks, TARGETS.ours.failed]);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'blink.user_timing',
        'disabled-by-default-devtools.timeline',
        'v8',
      ],
    });
    await page.goto(`${servers[di].base}${APP_PREFIX}?data=/bench-data/story-${size}.json`, {
      waitUntil: 'commit',
    });
    await Promise.race([load.painted, load.failed]);
    const buf = await browser.stopTracing();
    const ev = JSON.parse(buf.toString()).traceEvents;
    const fetched = ev.find((e) => e.name === 'story:fetched');
    const pv = ev.find((e) => e.name === 'story:parse+validate' && e.ph === 'b');
    const pve = ev.find((e) => e.name === 'story:parse+validate' && e.ph === 'e');
    const tid = fetched?.tid,
      pid = fetched?.pid;
    // The main thread's top-level tasks.
    const tasks = ev.filter(
      (e) =>
        e.pid === pid &&
        e.tid === tid &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    );
    const t0 = fetched.ts;
    // The first mark, in the trace's clock: its distance from the fetched mark, in the page's.
    const readyTs =
      t0 +
      (load.ready -
        (await page.evaluate(() => performance.getEntriesByName('story:fetched')[0].startTime))) *
        1000;
    let cpu = 0;
    for (const t of tasks) {
      const a = Math.max(t.ts, t0),
        b = Math.min(t.ts + t.dur, readyTs);
      if (b <= a) continue;
      const frac = (b - a) / t.dur;
      cpu += (t.tdur ?? t.dur) * frac;
    }
    const gc = ev
      .filter(
        (e) =>
          e.pid === pid &&
          e.tid === tid &&
          (e.name === 'MajorGC' || e.name === 'MinorGC' || e.name === 'V8.GC_MARK_COMPACTOR') &&
          e.ph === 'X' &&
          e.ts >= t0 &&
          e.ts <= readyTs,
      )
      .reduce((s, e) => s + (e.tdur ?? e.dur), 0);
    // The whole tasks that parse and validate ran in (their measure's wall time beside it).
    const pvCpu =
      pv && pve
        ? tasks
            .filter((t) => t.ts < pve.ts && t.ts + t.dur > pv.ts)
            .reduce((s, t) => s + (t.tdur ?? t.dur), 0)
        : NaN;
    const row = {
      ready: Math.round(load.ready),
      afterWall: Math.round((readyTs - t0) / 1000),
      cpu: Math.round(cpu / 1000),
      pvWall: Math.round(pve && pv ? (pve.ts - pv.ts) / 1000 : NaN),
      pvCpuTasks: Math.round(pvCpu / 1000),
      gc: Math.round(gc / 1000),
    };
    res[dists[di]].push(row);
    const loadavg = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    console.log(dists[di].split('/').at(-1), size, JSON.stringify(row), 'load', loadavg);
    await browser.close();
  }
for (const s of servers) s.stop();
const med = (a) => {
  const v = [...a].sort((x, y) => x - y);
  return v[Math.floor((v.length - 1) / 2)];
};
for (const d of dists)
  console.log(
    'median',
    d.split('/').at(-1),
    size,
    JSON.stringify(
      Object.fromEntries(Object.keys(res[d][0]).map((k) => [k, med(res[d].map((x) => x[k]))])),
    ),
  );
