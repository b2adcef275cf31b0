// Drives one page of one target (ours, vis-timeline, TimelineJS) in headless Chromium and
// measures load, zoom, pan and heap. All times are milliseconds, heap figures bytes.

export const VIEWPORT = { width: 1280, height: 800 };
export const APP_PREFIX = '/graphics/distillation/';

/**
 * The three targets. `marks` is what counts as "events in the DOM"; `zoom` says how to zoom:
 * with the wheel over the timeline, or (TimelineJS, whose wheel does not zoom) with its buttons.
 */
export const TARGETS = {
  ours: {
    label: 'ours',
    // The bundled story is the page itself, as a reader opens it (with its build-time
    // picture); any other story is loaded with ?data=.
    url: (base, ds) =>
      ds.size === 'bundled'
        ? `${base}${APP_PREFIX}`
        : `${base}${APP_PREFIX}?data=/bench-data/${ds.files.story}`,
    marks: '[data-mark="event"], [data-mark="cluster"]',
    /** The app's error page: the story was refused. */
    failed: '.error-page',
    zoom: 'wheel',
  },
  vis: {
    label: 'vis-timeline',
    url: (base, ds) => `${base}/bench/vis.html?data=/bench-data/${ds.files.vis}`,
    marks: '.vis-item',
    zoom: 'wheel',
  },
  tl: {
    label: 'TimelineJS',
    url: (base, ds) => `${base}/bench/timelinejs.html?data=/bench-data/${ds.files.tl}`,
    marks: '.tl-timemarker',
    zoom: 'buttons',
    zoomIn: '.tl-menubar-button:has(.tl-icon-zoom-in)',
    zoomOut: '.tl-menubar-button:has(.tl-icon-zoom-out)',
    panArea: '.tl-timenav',
  },
};

/**
 * Injected before any page script. Records when the first mark enters the DOM ("ready": a
 * MutationObserver, so the time is right after the script that inserted it), the end of the
 * next frame after that ("painted": a requestAnimationFrame callback, then a message posted
 * from it, which runs once that frame has been produced), long tasks, and on demand every
 * frame's timestamp.
 */
function instrument([selector, failed]) {
  if (window !== window.top) return;
  const bench = {
    readyAt: null,
    liveAt: null,
    paintedAt: null,
    failure: null,
    longTasks: [],
    frames: [],
    recording: false,
    recordFrom: 0,
  };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task support: counts stay at zero
  }
  // Reported through the console as well, which reaches the bench even while the page's main
  // thread is busy (and so cannot answer page.evaluate).
  const report = (what, value) => console.debug(`__bench:${what}`, value);
  const found = () => {
    const bad = failed && document.querySelector(failed);
    if (bad) {
      const why = bad.querySelector('li') ?? bad;
      bench.failure = why.textContent.replace(/\s+/g, ' ').trim().slice(0, 300);
      report('failed', bench.failure);
      return true;
    }
    // Our index.html carries a build-time picture of the bundled story (scripts/prerender.ts),
    // hidden by public/boot.js on pages it does not match: hidden marks are not drawn ones.
    const drawn = [...document.querySelectorAll(selector)].filter(
      (el) => !el.closest('.no-prerender .prerender'),
    );
    if (bench.liveAt === null && drawn.some((el) => !el.closest('.prerender'))) {
      bench.liveAt = performance.now();
      report('live', bench.liveAt);
    }
    if (bench.readyAt !== null || drawn.length === 0) return false;
    bench.readyAt = performance.now();
    report('ready', bench.readyAt);
    requestAnimationFrame(() => {
      // Runs once this frame has been produced. A user-blocking task, so a page that keeps
      // the main thread busy with ordinary tasks does not starve it.
      const done = () => {
        bench.paintedAt = performance.now();
        report('painted', bench.paintedAt);
      };
      if (window.scheduler?.postTask)
        window.scheduler.postTask(done, { priority: 'user-blocking' });
      else {
        const ch = new MessageChannel();
        ch.port1.onmessage = done;
        ch.port2.postMessage(0);
      }
    });
    return bench.liveAt !== null;
  };
  // Watches on after the first marks until the app draws its own (the picture's are first).
  const mo = new MutationObserver(() => {
    if (found() || (bench.readyAt !== null && bench.liveAt !== null)) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
  bench.start = () => {
    bench.frames = [];
    bench.recording = true;
    bench.recordFrom = performance.now();
    const loop = (t) => {
      if (!bench.recording) return;
      bench.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stop = () => {
    bench.recording = false;
    const from = bench.recordFrom;
    const tasks = bench.longTasks.filter(([s]) => s >= from);
    return {
      frames: bench.frames,
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((sum, [, d]) => sum + d, 0),
      ms: performance.now() - from,
    };
  };
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

/** Resolves once no long task has started for `quietMs`, or after `maxMs`. */
const settle = (page, quietMs = 500, maxMs = 15_000) =>
  page.evaluate(
    ([quietMs, maxMs]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const tick = () => {
          const now = performance.now();
          const last = window.__bench.longTasks.at(-1);
          const lastEnd = last ? last[0] + last[1] : 0;
          if (now - lastEnd >= quietMs || now - t0 >= maxMs) resolve(now - t0);
          else setTimeout(tick, 100);
        };
        setTimeout(tick, quietMs);
      }),
    [quietMs, maxMs],
  );

export function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

/** p50 / p95 / max of the gaps between consecutive frames, plus long tasks in the window. */
export function frameStats(rec) {
  const gaps = [];
  for (let i = 1; i < rec.frames.length; i++) gaps.push(rec.frames[i] - rec.frames[i - 1]);
  gaps.sort((a, b) => a - b);
  return {
    frames: gaps.length,
    p50: quantile(gaps, 0.5),
    p95: quantile(gaps, 0.95),
    max: gaps.at(-1) ?? NaN,
    longTasks: rec.longTasks,
    longTaskMs: rec.longTaskMs,
    ms: rec.ms,
  };
}

async function heapNow(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

async function centerOf(page, selector) {
  const loc = selector
    ? page.locator(selector).first()
    : page.getByRole('region', { name: 'Timeline' }).first();
  const box = await loc.boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`no box for ${selector ?? 'region "Timeline"'}`);
  // The visible part only: a tall region may run below the viewport.
  const bottom = Math.min(box.y + box.height, VIEWPORT.height);
  return { x: box.x + box.width / 2, y: (box.y + bottom) / 2, width: box.width };
}

/** One zoom step in (+1) or out (-1), then a frame. */
async function zoomStep(page, target, at, dir) {
  if (target.zoom === 'wheel') {
    await page.mouse.wheel(0, dir > 0 ? -100 : 100);
  } else {
    const b = dir > 0 ? at.zoomIn : at.zoomOut;
    await page.mouse.click(b.x, b.y);
  }
  await nextFrame(page);
}

/**
 * Loads `target` on dataset `ds` in a fresh browser context and measures it.
 * opts: { base, loadTimeout, zoomSteps, panSteps, heapCycles, phaseBudgetMs, heapBudgetMs }.
 */
export async function measureRun(browser, target, ds, opts) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
      errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(opts.base) && !u.startsWith('data:')) foreign.push(u);
  });
  const load = {};
  load.painted = new Promise((r) => (load.onPainted = r));
  load.failed = new Promise((r) => (load.onFailed = r));
  page.on('console', (m) => {
    const text = m.text();
    if (!text.startsWith('__bench:')) return;
    const [what, ...rest] = text.slice(8).split(' ');
    const value = rest.join(' ');
    if (what === 'ready') load.ready = Number(value);
    else if (what === 'live') load.live = Number(value);
    else if (what === 'painted') load.onPainted((load.paintedAt = Number(value)));
    else if (what === 'failed') load.onFailed((load.failure = value));
  });
  await page.addInitScript(instrument, [target.marks, target.failed ?? null]);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  const out = { errors, foreign };
  // Everything after navigation runs against a time limit for the whole run: a page that stops
  // answering (vis-timeline at 100,000 items) keeps what was measured so far.
  let stopTimer;
  const stopped = new Promise((r) => (stopTimer = setTimeout(r, opts.runBudgetMs ?? 1e9)));
  const measure = async () => {
    await page.goto(target.url(opts.base, ds), { waitUntil: 'commit' });
    // Waits for the first frame after the first mark, for the app's error page, or, after an
    // uncaught page error, 5 s more (a crashed page would otherwise run to the timeout).
    const timers = [];
    const after = (ms, value) => new Promise((r) => timers.push(setTimeout(() => r(value), ms)));
    const waited = await Promise.race([
      load.painted.then(() => 'painted'),
      load.failed.then(() => 'failed'),
      new Promise((r) => page.once('pageerror', () => r(after(5_000, 'crashed')))),
      after(opts.loadTimeout, 'timeout'),
    ]);
    timers.forEach(clearTimeout);
    out.ready = load.ready;
    if (waited === 'failed') {
      out.refused = load.failure;
      out.error = `refused: ${load.failure}`;
      return out;
    }
    if (waited === 'timeout' || waited === 'crashed') {
      if (waited === 'timeout') {
        out.timeout = true;
        out.timeoutMs = opts.loadTimeout;
      } else out.crashed = true;
      out.error =
        waited === 'crashed'
          ? `page error, and no ${target.marks} drawn 5 s later`
          : out.ready === undefined
            ? `no ${target.marks} within ${opts.loadTimeout / 1000} s`
            : `first marks in the DOM at ${(out.ready / 1000).toFixed(1)} s, but no frame ` +
              `painted within ${opts.loadTimeout / 1000} s (main thread busy)`;
      if (errors.length) out.error += ` (page error: ${errors[0].slice(0, 200)})`;
      return out;
    }
    out.painted = load.paintedAt;
    out.settleMs = await settle(page);
    out.live = load.live;
    // The app's own measure of parsing and validating a ?data= story, in this browser.
    out.parseValidate = await page.evaluate(
      () => performance.getEntriesByName('story:parse+validate')[0]?.duration,
    );
    out.heapLoad = await heapNow(cdp);
    out.domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    const area = await centerOf(page, target.panArea);
    const at = { ...area };
    if (target.zoom === 'buttons') {
      at.zoomIn = await centerOf(page, target.zoomIn);
      at.zoomOut = await centerOf(page, target.zoomOut);
    }
    await page.mouse.move(area.x, area.y);

    // Zoom: N steps in, N steps out, one frame after each; stops early past the phase budget.
    const budget = opts.phaseBudgetMs ?? Infinity;
    let t0 = Date.now();
    let steps = 0;
    await page.evaluate(() => window.__bench.start());
    for (const dir of [+1, -1]) {
      for (let i = 0; i < opts.zoomSteps && Date.now() - t0 < budget; i++, steps++)
        await zoomStep(page, target, at, dir);
    }
    out.zoom = frameStats(await page.evaluate(() => window.__bench.stop()));
    out.zoom.steps = steps;
    out.zoom.planned = opts.zoomSteps * 2;
    await settle(page, 300, 5_000);

    // Pan: zoom in a little so there is somewhere to go, then drag 60% of the width leftwards.
    for (let i = 0; i < 4; i++) await zoomStep(page, target, at, +1);
    await settle(page, 300, 5_000);
    const dx = (area.width * 0.6) / opts.panSteps;
    const x0 = area.x + area.width * 0.3;
    await page.mouse.move(x0, area.y);
    await page.evaluate(() => window.__bench.start());
    await page.mouse.down();
    t0 = Date.now();
    steps = 0;
    for (let i = 1; i <= opts.panSteps && Date.now() - t0 < budget; i++, steps++) {
      await page.mouse.move(x0 - dx * i, area.y);
      await nextFrame(page);
    }
    await page.mouse.up();
    await nextFrame(page);
    out.pan = frameStats(await page.evaluate(() => window.__bench.stop()));
    out.pan.steps = steps;
    out.pan.planned = opts.panSteps;
    await settle(page, 300, 5_000);

    // Leak check: zoom in and out `heapCycles` times, forced GC before and after.
    if (opts.heapCycles > 0) {
      await page.mouse.move(area.x, area.y);
      const before = await heapNow(cdp);
      const heapBudget = opts.heapBudgetMs ?? Infinity;
      t0 = Date.now();
      let cycles = 0;
      for (; cycles < opts.heapCycles && Date.now() - t0 < heapBudget; cycles++) {
        await zoomStep(page, target, at, +1);
        await zoomStep(page, target, at, -1);
      }
      await settle(page, 300, 5_000);
      out.heapCycles = cycles;
      out.heapPlanned = opts.heapCycles;
      out.heapBefore = before;
      out.heapAfter = await heapNow(cdp);
    }
  };
  try {
    const run = measure();
    run.catch(() => {}); // once cut off, its pending page calls fail as the page closes
    const finished = await Promise.race([run.then(() => true), stopped.then(() => false)]);
    if (!finished) {
      out.stalled = true;
      out.error ??= `page stopped answering: run cut off after ${opts.runBudgetMs / 1000} s`;
    }
  } catch (e) {
    out.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    clearTimeout(stopTimer);
    // A page stuck in a long task would hold up a polite close and keep a core busy during the
    // next measurement: crash its renderer first.
    if (out.timeout || out.stalled)
      await Promise.race([cdp.send('Page.crash').catch(() => {}), delay(2_000)]);
    await Promise.race([context.close().catch(() => {}), delay(10_000)]);
  }
  return out;
}
