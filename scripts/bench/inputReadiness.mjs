// When the page can first answer a tap, from a trace of the load (bundled story): the first
// paint, the first moment after it that the main thread is free (a tap at the first paint is
// handled then), and the longest a tap between the first paint and the app's own first mark
// would wait for the main thread. Independent of how fast the bench itself can tap.

function markAppStart() {
  new MutationObserver((_, obs) => {
    if (document.querySelector('#root > .page [data-mark="event"]')) {
      performance.mark('bench:app-mark');
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function readTrace(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    data += chunk.data;
    if (chunk.eof) break;
  }
  const parsed = JSON.parse(data);
  return parsed.traceEvents ?? parsed;
}

/** One traced load of `url`: `{ painted, free, worstWaitMs, app }` in ms from navigation. */
export async function measureInputReadiness(browser, url, contextOptions, throttle) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.addInitScript(markAppStart);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,blink.user_timing,loading',
    transferMode: 'ReturnAsStream',
  });
  await page.goto(url);
  await page.locator('#root > .page [data-mark="event"]').first().waitFor({ timeout: 20_000 });
  const events = await readTrace(cdp);
  await context.close();
  const paint = events.find((e) => e.name === 'firstContentfulPaint');
  const app = events.find((e) => e.name === 'bench:app-mark');
  const nav = events.find((e) => e.name === 'navigationStart' && e.tid === paint?.tid);
  if (!paint || !app || !nav) return null;
  const tasks = events.filter(
    (e) =>
      e.tid === paint.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.ts + e.dur > paint.ts &&
      e.ts < app.ts,
  );
  const running = tasks.find((t) => t.ts <= paint.ts && t.ts + t.dur > paint.ts);
  const free = running ? running.ts + running.dur : paint.ts;
  const worst = Math.max(0, ...tasks.map((t) => t.ts + t.dur - Math.max(t.ts, paint.ts)));
  const ms = (ts) => (ts - nav.ts) / 1000;
  return { painted: ms(paint.ts), free: ms(free), worstWaitMs: worst / 1000, app: ms(app.ts) };
}
