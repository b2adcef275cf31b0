// The benchmark's options and their defaults: what runBench does unless told otherwise.

export const DEFAULTS = {
  /** 13: a small story opened with `?data=` (the bundled one is the page itself). */
  sizes: ['bundled', 13, 1000, 10000, 100000],
  runs: 3,
  targets: ['ours', 'vis', 'tl'],
  build: true,
  zoomSteps: 30,
  panSteps: 30,
  heapCycles: 200,
  /** Page load limits: ours gets longer, an anchor that has not drawn by then is "> N s". */
  oursLoadTimeout: 120_000,
  anchorLoadTimeout: 60_000,
  /** A whole run (load + interactions + leak check) is cut off past this. */
  runBudgetMs: 300_000,
  anchorRunBudgetMs: 180_000,
  /** Before each run, wait (up to this long) for the 1-minute load average to drop below the
   * number of CPUs: other work on the machine moves every figure. 0 = do not wait. */
  waitIdleMs: 180_000,
  /** An interaction phase (zoom sequence, pan) stops early past this; the table says so. */
  phaseBudgetMs: 15_000,
  /** The leak check's time limit: ours gets all 200 cycles unless very slow; anchors less. */
  oursHeapBudgetMs: 180_000,
  anchorHeapBudgetMs: 45_000,
  /** TimelineJS builds a slide per event: capped at this many events. */
  tlMaxEvents: 10_000,
  /** An anchor whose first run took longer than this (ms) is not run again at that size. */
  slowRunMs: 60_000,
  out: 'bench-results/latest.md',
  log: (line) => console.log(line),
};
