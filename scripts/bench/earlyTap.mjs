// How soon a mark answers a tap: a reader taps the bundled story's second event as soon as the
// page has painted (the build-time picture's mark if the app is not running yet: public/boot.js
// keeps the tap). Reported: when the page painted, when the tap went in, when its answer was
// painted (the chosen mark drawn: the first frame after the click), when the app showed the
// tapped event's details, and whether it was that event. Not before the first paint: a reader
// cannot aim at what is not drawn, and an emulated phone maps a touch then at the wrong scale.

function observe() {
  window.__early = { click: null, details: null, painted: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') window.__early.painted = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  window.addEventListener(
    'click',
    (e) => {
      if (window.__early.click) return;
      const click = { start: e.timeStamp, frame: null };
      window.__early.click = click;
      requestAnimationFrame((t) => (click.frame = t));
    },
    true,
  );
  new MutationObserver((_, obs) => {
    if (document.querySelector('#root > .page section.details:not(.details--empty) h2')) {
      window.__early.details = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Where the second event's mark is (the app draws it where the picture does). */
async function markPoint(browser, url, contextOptions) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(url);
  const mark = page.locator('#root > .page [data-mark="event"]').nth(1);
  const box = await mark.locator('.mark-hit').boundingBox();
  const id = await mark.getAttribute('data-event-id');
  await context.close();
  return { x: box.x + Math.min(12, box.width / 2), y: box.y + box.height / 2, id };
}

/** Loads `url` `runs` times in fresh contexts and taps the second event once the page paints. */
export async function measureEarlyTaps(browser, url, contextOptions, throttle, runs) {
  const at = await markPoint(browser, url, contextOptions);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.addInitScript(observe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    // The browser reports the first paint as it happens; a script in the page could only ask
    // once the page's main thread is free.
    await cdp.send('Page.enable');
    await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
    const painted = new Promise((resolve) =>
      cdp.on('Page.lifecycleEvent', (e) => e.name === 'firstContentfulPaint' && resolve()),
    );
    await page.goto(url, { waitUntil: 'commit' });
    await painted;
    if (contextOptions.hasTouch) {
      const points = [{ x: at.x, y: at.y }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    } else
      for (const type of ['mousePressed', 'mouseReleased'])
        await cdp.send('Input.dispatchMouseEvent', {
          type,
          x: at.x,
          y: at.y,
          button: 'left',
          clickCount: 1,
        });
    await page
      .waitForFunction(() => window.__early.details !== null, null, { timeout: 20_000 })
      .catch(() => undefined);
    await page.waitForFunction(() => window.__early.click?.frame !== null, null, {
      timeout: 5_000,
    });
    const r = await page.evaluate(() => window.__early);
    const chosen = await page.evaluate(() =>
      new URL(window.location.href).searchParams.get('event'),
    );
    await context.close();
    out.push({
      painted: r.painted,
      tapped: r.click?.start ?? null,
      answered: r.click?.frame ?? null,
      details: r.details,
      sameEvent: chosen === at.id,
    });
  }
  return out;
}
