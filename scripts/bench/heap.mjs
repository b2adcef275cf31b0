// Memory: the JS heap after forced collection, and a leak check of many zoom cycles.
import { settle } from './frames.mjs';
import { zoomStep } from './interactions.mjs';

export async function heapNow(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/**
 * Leak check: zooms in and out `opts.heapCycles` times (fewer past `opts.heapBudgetMs`) at the
 * timeline's centre `at`, with forced GC before and after; writes its figures into the run's
 * `out` like the other phases' measures.
 */
export async function checkHeap(page, cdp, target, at, opts, out) {
  await page.mouse.move(at.x, at.y);
  const before = await heapNow(cdp);
  const heapBudget = opts.heapBudgetMs ?? Infinity;
  const t0 = Date.now();
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
