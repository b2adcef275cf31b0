// The in-page half of the bench: a script injected before the page's own, and the listener that
// hears what it reports.

/**
 * Injected before any page script. Records when the first mark enters the DOM ("ready": a
 * MutationObserver, so the time is right after the script that inserted it), the end of the
 * next frame after that ("painted": a requestAnimationFrame callback, then a message posted
 * from it, which runs once that frame has been produced), long tasks, and on demand every
 * frame's timestamp.
 */
export function instrument([selector, failed]) {
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

/**
 * Listens for what `instrument` reports through the console. Returns `load`: `ready`, `live` and
 * `paintedAt` times as they arrive, `failure`, and `painted` / `failed` promises.
 */
export function listenForReports(page) {
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
  return load;
}
