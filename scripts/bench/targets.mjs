// Our figures against the project's performance targets (the bench prints them under the table).
import { cellValue, FRAME_SLACK, fmtMB, fmtMs, MB, median, METRICS } from './metrics.mjs';

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
  // Against vis-timeline in the same run: a ratio, which a busy machine moves less than a time.
  const painted = METRICS.find((x) => x.id === 'painted');
  for (const [size, most] of [
    [1000, 0.5],
    [10000, 0.25],
  ]) {
    const vis = cellValue(painted, results.cells.vis?.[size]).value;
    const ours = get(size, 'painted');
    add(
      'first paint ÷ vis-timeline’s',
      size,
      vis && ours !== undefined ? ours / vis : undefined,
      `≤ ${most}×`,
      (x) => `${x.toFixed(2)}×`,
      (v) => v <= most,
    );
  }
  // Against the floor: the page's own JSON.parse of the same file.
  for (const [size, most] of [
    [10000, 6],
    [100000, 3.5],
  ])
    add(
      'first mark ÷ the page’s JSON.parse',
      size,
      get(size, 'ready-over-floor'),
      `≤ ${most}×`,
      (x) => `${x.toFixed(1)}×`,
      (v) => v <= most,
    );
  for (const size of [10000, 100000]) {
    const runs = results.parse[size] ?? [];
    const node = median(runs.map((r) => (r.parseMs > 0 ? r.totalMs / r.parseMs : NaN)));
    add(
      'parse + validate ÷ JSON.parse (Node, cold)',
      size,
      node,
      '≤ 1.5×',
      (x) => `${x.toFixed(2)}×`,
      (v) => v <= 1.5,
    );
    add(
      'parse + validate ÷ JSON.parse (in the page)',
      size,
      get(size, 'validate-over-floor'),
      '≤ 1.5×',
      (x) => `${x.toFixed(2)}×`,
      (v) => v <= 1.5,
    );
  }
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
  // The app's own first mark on the bundled story, against TimelineJS's first in the same run.
  const tlLive = cellValue(
    METRICS.find((x) => x.id === 'live'),
    results.cells.tl?.bundled,
  ).value;
  add(
    'app running, bundled story',
    'bundled',
    get('bundled', 'live'),
    tlLive === undefined ? 'TimelineJS’s (not measured)' : `≤ ${fmtMs(tlLive)} ms (TimelineJS’s)`,
    fmtMs,
    (v) => tlLive !== undefined && v <= tlLive,
  );
  add('app running, a ?data= story', 13, get(13, 'live'), '≤ 300 ms', fmtMs, (v) => v <= 300);
  // The bundled story against the faster anchor measured in the same run.
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
