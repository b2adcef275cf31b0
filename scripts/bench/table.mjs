// Turns benchmark results into one markdown table (rows = metric × size), a targets check for
// our app, notes, and the shipped weight of dist/.
import { kb } from './weight.mjs';

const LABELS = { ours: 'ours', vis: 'vis-timeline', tl: 'TimelineJS' };
const SHORT = { vis: 'vis', tl: 'TL' };
const MB = 1024 * 1024;
/** Frames are timed to 0.1 ms and paced by a 60 Hz vsync: 16.8 ms is still "no frame dropped". */
const FRAME_SLACK = 0.3;

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};

const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtMB = (x) => (x / MB).toFixed(1);
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

const sizeLabel = (size, ds) =>
  size === 'bundled' ? `bundled (${ds?.events})` : Number(size).toLocaleString('en');

/** The text of one cell and the number behind it (for ratios); `lower` for timeouts. */
function cellValue(metric, cell) {
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

function ratio(metric, ours, theirs) {
  if (metric.noRatio || !ours.value || ours.value <= 0) return '';
  if (theirs.value !== undefined) return `${(theirs.value / ours.value).toFixed(1)}×`;
  if (theirs.lower) return `> ${(theirs.lower / ours.value).toFixed(0)}×`;
  return '';
}

const row = (cells) => `| ${cells.join(' | ')} |`;

/** Checks our figures against the project's performance targets. */
export function targetChecks(results) {
  const ours = results.cells.ours ?? {};
  const checks = [];
  const get = (size, id) => {
    const m = METRICS.find((x) => x.id === id);
    return cellValue(m, ours[size]).value;
  };
  const add = (what, size, value, limit, fmt, pass) => {
    if (!(size in ours) && !(size in results.parse)) return;
    const ok = value !== undefined && pass(value);
    checks.push({
      what,
      size,
      value: value === undefined ? 'not measured' : fmt(value),
      limit,
      ok,
    });
  };
  for (const [size, limit] of [
    [10000, 16.7],
    [100000, 33],
  ]) {
    for (const id of ['zoom-p95', 'pan-p95'])
      add(
        `${id.replace('-', ' ')} frame`,
        size,
        get(size, id),
        `≤ ${limit} ms`,
        fmtMs,
        (v) => v <= limit + FRAME_SLACK,
      );
  }
  add('first paint', 100000, get(100000, 'painted'), '≤ 1500 ms', fmtMs, (v) => v <= 1500);
  const pv = results.parse[100000] && median(results.parse[100000].map((r) => r.totalMs));
  add('parse + validate (Node, cold)', 100000, pv, '≤ 1000 ms', fmtMs, (v) => v <= 1000);
  add(
    'JS heap after load',
    100000,
    get(100000, 'heap-load'),
    '≤ 150 MB',
    fmtMB,
    (v) => v <= 150 * MB,
  );
  for (const size of Object.keys(ours)) {
    const g = get(size, 'heap-growth');
    const cycles = ours[size].runs.find((r) => r.heapCycles !== undefined)?.heapCycles;
    if (g !== undefined)
      add(
        `heap growth over ${cycles} zoom cycles`,
        size,
        g,
        '≤ +1.0 MB (none)',
        (x) => (x >= 0 ? '+' : '') + fmtMB(x),
        (v) => v <= 1 * MB,
      );
  }
  add(
    'parse + validate in the page (Chromium)',
    100000,
    get(100000, 'parse-browser'),
    '≤ 1000 ms',
    fmtMs,
    (v) => v <= 1000,
  );
  // The bundled story against the faster anchor measured in the same run.
  const painted = METRICS.find((x) => x.id === 'painted');
  const anchorPaints = Object.entries(results.cells)
    .filter(([t]) => t !== 'ours')
    .map(([, cells]) => cellValue(painted, cells.bundled).value)
    .filter((v) => v !== undefined);
  if (anchorPaints.length) {
    const half = Math.min(...anchorPaints) / 2;
    add(
      'first paint, bundled story',
      'bundled',
      get('bundled', 'painted'),
      `≤ ${fmtMs(half)} ms (half the faster anchor)`,
      fmtMs,
      (v) => v <= half,
    );
  }
  if (ours[100000]?.refused)
    checks.push({
      what: 'loads a 100,000-event story',
      size: 100000,
      value: `refused: ${ours[100000].refused}`,
      limit: 'loads',
      ok: false,
    });
  return checks;
}

export function renderMarkdown(results) {
  const targets = Object.keys(results.cells);
  const anchors = targets.filter((t) => t !== 'ours');
  const sizes = (results.options.sizes ?? Object.keys(results.datasets)).map(String);
  const ds = results.datasets;
  const o = results.options;
  const out = [];
  const m = results.machine ?? {};
  const runLoads = Object.values(results.cells)
    .flatMap((c) => Object.values(c))
    .flatMap((c) => c.runs.map((r) => r.loadavg))
    .filter((x) => typeof x === 'number');
  const fmtLoad = (x) => (Number.isFinite(x) ? x.toFixed(1) : '?');
  out.push(`# Benchmark results`, '');
  out.push(
    `${m.date ?? ''} · app at ${m.commit ?? '?'} · ${m.cpus} CPUs (${m.cpuModel}) · ${m.memory} RAM · ${m.os} · Node ${m.node} · ` +
      `Chromium ${m.chromium} headless, --disable-gpu · viewport 1280×800 · median of ${o.runs} ` +
      `run${o.runs === 1 ? '' : 's'} (the heap cycles: first run only) · whole run ${((results.elapsedMs ?? 0) / 1000).toFixed(0)} s · ` +
      `1-minute load average at the start of each run: median ${fmtLoad(median(runLoads))}, ` +
      `max ${fmtLoad(Math.max(...runLoads))}`,
    '',
  );

  const head = ['Metric', 'Events', ...targets.map((t) => LABELS[t])];
  if (targets.includes('ours')) head.push(...anchors.map((a) => `${SHORT[a]} ÷ ours`));
  out.push(row(head), row(head.map((_, i) => (i < 2 ? '---' : '---:'))));

  // Input files.
  for (const size of sizes) {
    const cells = targets.map((t) => {
      const f = ds[size].files[t === 'ours' ? 'story' : t];
      const bytes = ds[size].fileBytes?.[f];
      return bytes === undefined ? '' : `${(bytes / MB).toFixed(2)} MB`;
    });
    out.push(
      row([
        'input file (MB)',
        sizeLabel(size, ds[size]),
        ...cells,
        ...(targets.includes('ours') ? anchors.map(() => '') : []),
      ]),
    );
  }
  // Parse + validate (ours only, in Node).
  if (targets.includes('ours')) {
    for (const [label, key] of [
      ['parse + validate, Node, cold (ms)', 'totalMs'],
      ['… of which JSON.parse (ms)', 'parseMs'],
    ]) {
      for (const size of sizes) {
        const v = median((results.parse[size] ?? []).map((r) => r[key]));
        out.push(
          row([
            label,
            sizeLabel(size, ds[size]),
            v === undefined ? 'error' : fmtMs(v),
            ...anchors.map(() => 'n/a'),
            ...anchors.map(() => ''),
          ]),
        );
      }
    }
  }
  for (const metric of METRICS) {
    for (const size of sizes) {
      const vals = targets.map((t) => cellValue(metric, results.cells[t][size]));
      const ours = targets.includes('ours') ? vals[targets.indexOf('ours')] : null;
      const ratios = ours ? anchors.map((a) => ratio(metric, ours, vals[targets.indexOf(a)])) : [];
      const label = metric.label.replace('(N unless', `(${o.heapCycles} unless`);
      out.push(row([label, sizeLabel(size, ds[size]), ...vals.map((v) => v.text), ...ratios]));
    }
  }
  out.push('');
  out.push(
    'Frame times are the gaps between consecutive requestAnimationFrame callbacks while the ' +
      'interaction runs (one wheel step or drag step, then one frame, repeated); 16.7 ms is a ' +
      'frame at 60 Hz, 33.3 ms one dropped frame. Long tasks: PerformanceObserver "longtask" ' +
      '(main-thread tasks over 50 ms). Ratios are theirs ÷ ours: above 1× ours is faster/smaller.',
  );
  if (targets.includes('tl'))
    out.push(
      '',
      'TimelineJS: its wheel does not zoom, so its zoom rows click its Zoom in / Zoom out buttons ' +
        '(11 zoom levels: most of the 30 steps each way hit the limit), and its pan drags its ' +
        'time navigator (the strip at the bottom). It builds one slide per event, so it is capped ' +
        `at ${o.tlMaxEvents.toLocaleString('en')} events.`,
    );
  const allCells = Object.values(results.cells).flatMap((c) => Object.values(c));
  const anyPartial = allCells.some((c) =>
    c.runs.some(
      (r) =>
        (r.zoom && r.zoom.steps < r.zoom.planned) ||
        (r.pan && r.pan.steps < r.pan.planned) ||
        r.heapCycles < r.heapPlanned,
    ),
  );
  if (anyPartial || allCells.some((c) => c.note))
    out.push(
      '',
      `‡ the interaction stopped early at its time budget (${o.phaseBudgetMs / 1000} s a phase, ` +
        `${o.oursHeapBudgetMs / 1000} s for our heap cycles, ${o.anchorHeapBudgetMs / 1000} s for an anchor's); the figures cover the steps done. ` +
        `"1 run": the first run took over ${o.slowRunMs / 1000} s, so it was not repeated.`,
    );
  for (const n of results.notes) out.push('', `Note: ${n}`);

  // Targets.
  if (targets.includes('ours')) {
    const checks = targetChecks(results);
    if (checks.length) {
      out.push(
        '',
        '## Our targets',
        '',
        row(['Target', 'Events', 'Measured', 'Limit', 'Result']),
        row(['---', '---', '---:', '---', '---']),
      );
      for (const c of checks)
        out.push(
          row([
            c.what,
            sizeLabel(c.size, results.datasets[c.size]),
            c.value,
            c.limit,
            c.ok ? 'met' : '**MISSED**',
          ]),
        );
      out.push(
        '',
        `Frame targets allow ${FRAME_SLACK} ms for timer rounding (16.8 ms at 60 Hz is no dropped frame).`,
      );
    }
  }

  // Weight.
  if (results.weight) {
    const first = new Set((results.firstView ?? []).map((a) => a.file));
    out.push('', '## Shipped weight of dist/ (gzip: zlib, default level)', '');
    out.push(row(['File', 'Raw', 'Gzipped', 'First view']), row(['---', '---:', '---:', '---']));
    for (const a of results.weight)
      out.push(row([a.file, kb(a.raw), kb(a.gzip), first.has(a.file) ? 'yes' : 'lazy / other']));
    const sum = (xs, k) => xs.reduce((s, a) => s + a[k], 0);
    out.push(
      row([
        '**all JS + CSS**',
        kb(sum(results.weight, 'raw')),
        kb(sum(results.weight, 'gzip')),
        '',
      ]),
    );
    if (results.firstView) {
      const fv = sum(results.firstView, 'gzip');
      out.push(
        row([
          '**first view** (index.html: entry, static imports, CSS)',
          kb(sum(results.firstView, 'raw')),
          kb(fv),
          fv > 125 * 1024
            ? `**over** the 125 KB budget by ${kb(fv - 125 * 1024)}`
            : 'within the 125 KB budget',
        ]),
      );
    }
  }
  return `${out.join('\n')}\n`;
}
