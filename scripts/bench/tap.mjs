// How soon the app answers a reader on a phone: when the app's first event mark can take focus
// (it replaces the build-time picture), and how long a tap on an event takes to paint its
// details (Event Timing: from the tap to the next paint after the handlers), with the CPU at
// full speed and throttled 4×. Part of `npm run bench`; also `node scripts/bench/tap.mjs`.
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { APP_PREFIX } from './pages.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { writeDataset } from './data.mjs';
import { serve } from './server.mjs';
import { measureEarlyTaps } from './earlyTap.mjs';
import { measureInputReadiness } from './inputReadiness.mjs';

const PHONE_PROFILE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: true,
};
const PHONE = process.env.TAP_DESK ? { viewport: { width: 1280, height: 800 } } : PHONE_PROFILE;

/** Per field, the median of the runs (null where a run has none); how many opened the event. */
function medianOf(runs) {
  const out = { opened: runs.filter((r) => r.sameEvent).length, runs: runs.length };
  for (const key of Object.keys(runs[0] ?? {}).filter((k) => k !== 'sameEvent')) {
    const v = runs
      .map((r) => r[key])
      .filter((x) => x !== null)
      .sort((a, b) => a - b);
    out[key] = v.length ? v[Math.floor(v.length / 2)] : null;
  }
  return out;
}

function observe() {
  window.__tap = { firstMark: null, events: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__tap.events.push({ name: e.name, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new MutationObserver((_, obs) => {
    // `#root > .page` is the live app; the build-time picture sits in `.prerender`.
    if (document.querySelector('#root > .page [data-mark="event"][tabindex="0"]')) {
      window.__tap.firstMark = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function measureOne(browser, base, size, story, throttle) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const url =
    size === 'bundled' ? `${base}${APP_PREFIX}` : `${base}${APP_PREFIX}?data=/bench-data/${story}`;
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(url);
  const mark = page.locator('#root > .page [data-mark="event"][role="button"]').first();
  await mark.waitFor({ timeout: 20_000 }).catch(async (e) => {
    console.log(url, await page.evaluate(() => document.body.innerHTML.slice(0, 300)));
    throw e;
  });
  const firstMark = await page.evaluate(() => window.__tap.firstMark);
  // A reader taps once the page has settled: wait for the main thread to be idle.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 5000 }), {
          timeout: 5000,
        }),
      ),
  );
  await page.evaluate(() => (window.__tap.events = []));
  await mark.scrollIntoViewIfNeeded();
  if (process.env.TAP_DESK) await mark.click();
  else await mark.tap();
  await page
    .getByRole('region', { name: 'Event details' })
    .getByRole('heading', { level: 2 })
    .waitFor();
  // Event Timing entries arrive after the paint they measure.
  await page
    .waitForFunction(
      () => window.__tap.events.some((e) => /pointer|click|touch/.test(e.name)),
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const events = await page.evaluate(() => window.__tap.events);
  const tap = Math.max(
    0,
    ...events.filter((e) => /pointer|click|touch/.test(e.name)).map((e) => e.duration),
  );
  await context.close();
  return { firstMark, tap };
}

/** Measures, prints and returns the table. */
export async function measureTaps({ sizes = ['bundled', 10000] } = {}) {
  // The same server as the main bench: it waits until serve.mjs answers, not a fixed time.
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const rows = [];
  const early = [];
  try {
    // A tap as soon as the bundled story's page has painted, five loads each, median.
    for (const [name, options] of [
      ['desk 1280×800', { viewport: { width: 1280, height: 800 } }],
      ['phone 375×812', PHONE_PROFILE],
    ])
      for (const throttle of [1, 4]) {
        const url = `${server.base}${APP_PREFIX}`;
        const runs = await measureEarlyTaps(browser, url, options, throttle, 5);
        const traced = [];
        for (let i = 0; i < 5; i++)
          traced.push(await measureInputReadiness(browser, url, options, throttle));
        const ok = traced.filter(Boolean);
        const median = (key) => medianOf(ok.map((t) => ({ [key]: t[key] })))[key] ?? null;
        early.push({
          name,
          throttle,
          ...medianOf(runs),
          free: median('free'),
          wait: median('worstWaitMs'),
          worstWait: ok.length ? Math.max(...ok.map((t) => t.worstWaitMs)) : null,
        });
      }
    for (const size of sizes) {
      const { story } = (await writeDataset(size)).files;
      for (const throttle of [1, 4]) {
        const r = await measureOne(browser, server.base, size, story, throttle);
        rows.push({ size, throttle, ...r });
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const fmt = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);
  const lines = [
    "| story | CPU | app's first focusable mark | tap → details painted (≤ 16 ms reads as one frame) |",
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size === 'bundled' ? 'bundled' : `${r.size.toLocaleString('en')} events`} | ${r.throttle === 1 ? 'full speed' : '4× slower'} | ${fmt(r.firstMark)} | ${r.tap > 0 ? fmt(r.tap) : '≤ 16 ms'} |`,
    ),
  ];
  const earlyLines = [
    '| page | CPU | first paint | main thread free after it | longest wait for a tap until the app runs (median / worst) | tap went in | tap answered (its mark drawn chosen) | its details shown | the tapped event opened |',
    '|---|---|---|---|---|---|---|---|---|',
    ...early.map(
      (r) =>
        `| ${r.name} | ${r.throttle === 1 ? 'full speed' : '4× slower'} | ${fmt(r.painted)} | ${fmt(r.free)} | ${fmt(r.wait)} / ${fmt(r.worstWait)} | ${fmt(r.tapped)} | ${fmt(r.answered)} | ${fmt(r.details)} | ${r.opened} of ${r.runs} |`,
    ),
  ];
  const markdown =
    `A tap as soon as the bundled story's page has painted (median of 5 loads; times from navigation start):\n\n${earlyLines.join('\n')}\n\n` +
    `Phone (375×812, touch):\n\n${lines.join('\n')}\n`;
  console.log(markdown);
  return { rows, early, markdown };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await measureTaps();
