// The benchmark's figures: what each row measures and how a cell reads (median over runs,
// marks for partial runs, ratios against ours). Used by the table and the target checks.

export const LABELS = { ours: 'ours', vis: 'vis-timeline', tl: 'TimelineJS' };
export const SHORT = { vis: 'vis', tl: 'TL' };
export const MB = 1024 * 1024;
/** Frames are timed to 0.1 ms and paced by a 60 Hz vsync: 16.8 ms is still "no frame dropped". */
export const FRAME_SLACK = 0.3;

export const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

export const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
export const fmtMB = (x) => (x / MB).toFixed(1);
const fmtInt = (x) => Math.round(x).toLocaleString('en');

export const METRICS = [
  {
    id: 'ready',
    label: 'ready: navigation → first event mark in the DOM (ms)',
    get: (r) => r.ready,
    fmt: fmtMs,
    load: true,
  },
  {
    id: 'painted',
    label: 'painted: navigation → end of the next frame (ms)',
    get: (r) => r.painted,
    fmt: fmtMs,
    load: true,
  },
  {
    id: 'live',
    label: 'app running: navigation → first mark drawn by the app itself (ms)',
    get: (r) => r.live,
    fmt: fmtMs,
    load: true,
  },
  {
    id: 'parse-browser',
    label: 'parse + validate in the page, Chromium (ms)',
    get: (r) => r.parseValidate,
    fmt: fmtMs,
    load: true,
  },
  {
    id: 'json-parse-page',
    label: 'JSON.parse of the same file in the page, the floor (ms)',
    get: (r) => r.jsonParse,
    fmt: fmtMs,
  },
  {
    id: 'json-parse-fresh',
    label: 'JSON.parse of the same file in a fresh page of the same site (ms)',
    get: (r) => r.jsonParseFresh,
    fmt: fmtMs,
  },
  {
    id: 'ready-over-floor',
    label: "first mark ÷ the page's JSON.parse (×)",
    get: (r) => (r.jsonParse > 0 ? r.ready / r.jsonParse : undefined),
    fmt: (x) => `${x.toFixed(1)}×`,
    noRatio: true,
  },
  {
    id: 'validate-over-floor',
    label: 'parse + validate in the page ÷ its JSON.parse (×)',
    get: (r) =>
      r.jsonParse > 0 && r.parseValidate > 0 ? r.parseValidate / r.jsonParse : undefined,
    fmt: (x) => `${x.toFixed(2)}×`,
    noRatio: true,
  },
  {
    id: 'zoom-p50',
    label: 'zoom, 30 steps in + 30 out: frame p50 (ms)',
    get: (r) => r.zoom?.p50,
    fmt: fmtMs,
    phase: 'zoom',
  },
  {
    id: 'zoom-p95',
    label: 'zoom: frame p95 (ms)',
    get: (r) => r.zoom?.p95,
    fmt: fmtMs,
    phase: 'zoom',
  },
  {
    id: 'zoom-max',
    label: 'zoom: frame max (ms)',
    get: (r) => r.zoom?.max,
    fmt: fmtMs,
    phase: 'zoom',
  },
  {
    id: 'zoom-lt',
    label: 'zoom: long tasks (count / total ms)',
    get: (r) => r.zoom?.longTaskMs,
    count: (r) => r.zoom?.longTasks,
    fmt: fmtMs,
    phase: 'zoom',
  },
  {
    id: 'pan-p50',
    label: 'pan, drag across 60% of the width: frame p50 (ms)',
    get: (r) => r.pan?.p50,
    fmt: fmtMs,
    phase: 'pan',
  },
  { id: 'pan-p95', label: 'pan: frame p95 (ms)', get: (r) => r.pan?.p95, fmt: fmtMs, phase: 'pan' },
  { id: 'pan-max', label: 'pan: frame max (ms)', get: (r) => r.pan?.max, fmt: fmtMs, phase: 'pan' },
  {
    id: 'pan-lt',
    label: 'pan: long tasks (count / total ms)',
    get: (r) => r.pan?.longTaskMs,
    count: (r) => r.pan?.longTasks,
    fmt: fmtMs,
    phase: 'pan',
  },
  {
    id: 'heap-load',
    label: 'JS heap after load, after GC (MB)',
    get: (r) => r.heapLoad,
    fmt: fmtMB,
  },
  {
    id: 'heap-after',
    label: 'JS heap after the zoom in/out cycles (N unless ‡), after GC (MB)',
    get: (r) => r.heapAfter,
    fmt: fmtMB,
    heap: true,
  },
  {
    id: 'heap-growth',
    label: 'heap growth over those cycles (MB)',
    get: (r) => (r.heapAfter ?? NaN) - (r.heapBefore ?? NaN),
    fmt: (x) => (x >= 0 ? '+' : '') + fmtMB(x),
    heap: true,
    noRatio: true,
  },
  { id: 'dom', label: 'DOM elements after load', get: (r) => r.domNodes, fmt: fmtInt },
];

/** The text of one cell and the number behind it (for ratios); `lower` for timeouts. */
export function cellValue(metric, cell) {
  if (!cell) return { text: '' };
  if (cell.skipped) return { text: `— (${cell.skipped})` };
  // Runs that stopped part-way still count for what they measured before stopping.
  const runs = cell.runs.filter((r) => !r.refused);
  const v = median(runs.map(metric.get));
  if (v === undefined) {
    const r = cell.runs[0];
    if (!r) return { text: cell.refused ? 'refused' : '—' };
    if (r.timeout && metric.load)
      return { text: `> ${r.timeoutMs / 1000} s (timeout)`, lower: r.timeoutMs };
    if (r.crashed) return { text: 'crashed' };
    if (r.stalled) return { text: 'stalled' };
    if (r.refused) return { text: 'refused' };
    return { text: r.error ? 'error' : '—' };
  }
  let text = metric.fmt(v);
  if (metric.count) text = `${fmtInt(median(runs.map(metric.count)))} / ${text}`;
  const marks = [];
  if (cell.lifted) marks.push('†');
  if (metric.phase) {
    const partial = runs.find(
      (r) => r[metric.phase] && r[metric.phase].steps < r[metric.phase].planned,
    );
    if (partial)
      marks.push(`‡ ${partial[metric.phase].steps}/${partial[metric.phase].planned} steps`);
  }
  if (metric.heap) {
    const r = runs.find((x) => x.heapCycles !== undefined);
    if (r && r.heapCycles < r.heapPlanned) marks.push(`‡ ${r.heapCycles} cycles`);
  }
  if (cell.runs.length === 1 && cell.note) marks.push('1 run');
  if (marks.length) text += ` ${marks.join(', ')}`;
  return { text, value: v };
}

export function ratio(metric, ours, theirs) {
  if (metric.noRatio || !ours.value || ours.value <= 0) return '';
  if (theirs.value !== undefined) return `${(theirs.value / ours.value).toFixed(1)}×`;
  if (theirs.lower) return `> ${(theirs.lower / ours.value).toFixed(0)}×`;
  return '';
}
