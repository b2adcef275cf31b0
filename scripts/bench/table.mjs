// Turns benchmark results into one markdown table (rows = metric × size), a targets check for
// our app, notes, and the shipped weight of dist/.
import { kb } from './weight.mjs';
import {
  cellValue,
  FRAME_SLACK,
  fmtMs,
  LABELS,
  MB,
  median,
  METRICS,
  ratio,
  SHORT,
} from './metrics.mjs';
import { targetChecks } from './targets.mjs';

const sizeLabel = (size, ds) =>
  size === 'bundled' ? `bundled (${ds?.events})` : Number(size).toLocaleString('en');

const row = (cells) => `| ${cells.join(' | ')} |`;

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
