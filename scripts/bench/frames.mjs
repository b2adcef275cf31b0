// Frame timing: waiting for the next frame or for the main thread to go quiet, and the gaps
// between the frames recorded during an interaction.

export const nextFrame = (page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));

/** Resolves once no long task has started for `quietMs`, or after `maxMs`. */
export const settle = (page, quietMs = 500, maxMs = 15_000) =>
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
