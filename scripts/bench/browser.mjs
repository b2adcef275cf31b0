// Drives one page of one target (ours, vis-timeline, TimelineJS) in headless Chromium and
// measures load, zoom, pan and heap. All times are milliseconds, heap figures bytes.
import { VIEWPORT } from './pages.mjs';
import { instrument, listenForReports } from './instrument.mjs';
import { settle } from './frames.mjs';
import { centerOf, measurePan, measureZoom } from './interactions.mjs';
import { checkHeap, heapNow } from './heap.mjs';

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** `JSON.parse` of the file at `href` in a fresh page of the same site (its 404 page), in ms. */
async function freshParse(browser, href) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('/fresh-page', href).href);
    return await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const t0 = performance.now();
      JSON.parse(text);
      return performance.now() - t0;
    }, href);
  } finally {
    await context.close();
  }
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
  const load = listenForReports(page);
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
    // The floor for a `?data=` story: this page's own JSON.parse of the same file, nothing else.
    if (target.label === 'ours' && ds.size !== 'bundled')
      out.jsonParse = await page.evaluate(async (href) => {
        const text = await (await fetch(href)).text();
        const t0 = performance.now();
        JSON.parse(text);
        return performance.now() - t0;
      }, `${opts.base}/bench-data/${ds.files.story}`);

    const area = await centerOf(page, target.panArea);
    const at = { ...area };
    if (target.zoom === 'buttons') {
      at.zoomIn = await centerOf(page, target.zoomIn);
      at.zoomOut = await centerOf(page, target.zoomOut);
    }
    await page.mouse.move(area.x, area.y);

    out.zoom = await measureZoom(page, target, at, opts);
    await settle(page, 300, 5_000);

    out.pan = await measurePan(page, target, at, opts);
    await settle(page, 300, 5_000);

    // Leak check: zoom in and out `heapCycles` times, forced GC before and after.
    if (opts.heapCycles > 0) await checkHeap(page, cdp, target, at, opts, out);
    // The floor above is measured in a page that has parsed the file once already, and the
    // app's own parse runs in a page that has not: the same parse in a fresh page, for scale.
    if (target.label === 'ours' && ds.size !== 'bundled')
      out.jsonParseFresh = await freshParse(browser, `${opts.base}/bench-data/${ds.files.story}`);
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
