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
