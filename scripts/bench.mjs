// npm run bench: our timeline against vis-timeline and TimelineJS at 1,000 / 10,000 / 100,000
// events and the bundled story. See docs/benchmarks.md.
//   --runs N          runs per target and size (default 3; medians are reported)
//   --sizes a,b       event counts, and/or "bundled" (default bundled,13,1000,10000,100000)
//   --targets a,b     ours, vis, tl (default all three)
//   --heap-cycles N   zoom in/out cycles for the leak check (default 200)
//   --no-build        use dist/ as it is
//   --no-wait         do not wait for the load average to drop before each run
//   --smoke           100 events, ours only, one run, 20 heap cycles: a quick check (< 60 s)
//   --editor          only the story editor with big stories: open, keystroke p95, last key →
//                     preview, at 5,000 and 50,000 events (scripts/bench/editor.mjs)
// Then, on a phone profile, the app's first focusable mark and tap → details painted, at full
// speed and with the CPU throttled 4× (scripts/bench/tap.mjs); zoom/pan p95 in each time
// scale at 10,000 and 100,000 events (scripts/bench/scales.mjs); then stories with many actors
// and many annotations (scripts/bench/wide.mjs).
import { pathToFileURL } from 'node:url';
import { runBench, smoke } from './bench/run.mjs';
import { measureTaps } from './bench/tap.mjs';
import { measureScales } from './bench/scales.mjs';
import { measureWide } from './bench/wide.mjs';
import { measureEditor } from './bench/editor.mjs';
import { buildApp } from './bench/build.mjs';

function parseArgs(argv) {
  const opts = {};
  const value = (i) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${argv[i]} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') opts.smoke = true;
    else if (a === '--editor') opts.editor = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--no-wait') opts.waitIdleMs = 0;
    else if (a === '--runs') opts.runs = Math.max(1, Number(value(i++)));
    else if (a === '--heap-cycles') opts.heapCycles = Math.max(0, Number(value(i++)));
    else if (a === '--sizes')
      opts.sizes = value(i++)
        .split(',')
        .map((s) => (s === 'bundled' ? s : Number(s.replace(/_/g, ''))));
    else if (a === '--targets') opts.targets = value(i++).split(',');
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.sizes?.some((s) => s !== 'bundled' && !(Number.isInteger(s) && s > 0)))
    throw new Error('--sizes takes positive event counts or "bundled"');
  if (opts.targets?.some((t) => !['ours', 'vis', 'tl'].includes(t)))
    throw new Error('--targets takes ours, vis, tl');
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${e.message}`);
    process.exit(2);
  }
  if (opts.editor) {
    if (opts.build !== false) console.log(`built in ${(buildApp() / 1000).toFixed(1)} s`);
    await measureEditor();
    return;
  }
  const { smoke: isSmoke, editor: _editor, ...rest } = opts;
  void _editor;
  const { results, markdown } = isSmoke ? await smoke(rest) : await runBench(rest);
  console.log(`\n${markdown}`);
  console.log(
    `written to ${isSmoke ? 'bench-results/smoke.md' : 'bench-results/latest.md'} (+ .json)`,
  );
  // On a phone profile, full speed and CPU throttled 4×: first focusable mark, tap → details.
  await measureTaps(isSmoke ? { sizes: ['bundled'] } : {});
  // Zoom and pan with quiet stretches shortened, beside true time; a story of quiet years.
  if (!isSmoke) await measureScales();
  // Many actors (with and without lanes) and many annotations: at and past the limits.
  await measureWide(isSmoke ? { actors: [200], annotations: [] } : {});
  const ours = results.cells.ours;
  if (ours) {
    const failed = Object.entries(ours).filter(
      ([, c]) => !c.skipped && !c.lifted && !c.runs.some((r) => !r.error),
    );
    if (failed.length) {
      for (const [size, c] of failed)
        console.error(`bench: ours failed at ${size}: ${c.runs[0]?.error ?? 'no run'}`);
      process.exit(1);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
