// How soon a mark answers a tap: a reader taps the bundled story's first painted marks (the
// build-time picture, public/boot.js keeps the tap) as soon as they are on screen. Reported:
// the first paint, when the tap went in, when its answer was painted (Event Timing: the chosen
// mark drawn), and when the app showed the tapped event's details.

function observe() {
  window.__early = { events: [], fcp: null, details: null, click: null };
  // Event Timing leaves out answers under 16 ms: the click's own time and its next frame then.
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
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__early.events.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name === 'first-contentful-paint') window.__early.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector('#root > .page section.details:not(.details--empty) h2')) {
      window.__early.details = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** One load of `url` in a fresh context; `{ painted, tapped, answered, details, sameEvent }`. */
export async function measureEarlyTap(browser, url, contextOptions, throttle) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.addInitScript(observe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url, { waitUntil: 'commit' });
  // The second mark of the picture, once it has a box on screen.
  const handle = await page.waitForFunction(
    () => {
      const m = document.querySelectorAll('.prerender [data-mark="event"] .mark-hit');
      for (const el of m) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && el !== m[0])
          return {
            x: r.left + Math.min(12, r.width / 2),
            y: r.top + r.height / 2,
            id: el.closest('[data-event-id]').getAttribute('data-event-id'),
          };
      }
      return null;
    },
    null,
    { polling: 1, timeout: 20_000 },
  );
  const at = await handle.jsonValue();
  if (contextOptions.hasTouch) await page.touchscreen.tap(at.x, at.y);
  else await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => window.__early.details !== null, null, { timeout: 20_000 });
  await page
    .waitForFunction(() => window.__early.events.some((e) => e.name === 'click'), null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  const r = await page.evaluate(() => window.__early);
  const selected = await page.evaluate(
    () =>
      new URL(window.location.href).searchParams.get('event') ??
      document
        .querySelector('#root > .page [data-mark="event"].is-selected')
        ?.getAttribute('data-event-id'),
  );
  await context.close();
  const timed = r.events.find((e) => e.name === 'click');
  return {
    painted: r.fcp,
    tapped: timed?.start ?? r.click?.start ?? null,
    answered: timed ? timed.start + timed.duration : (r.click?.frame ?? null),
    details: r.details,
    sameEvent: selected === at.id,
  };
}
