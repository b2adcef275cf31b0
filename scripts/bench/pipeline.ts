// Times the work between a `?data=` story's last byte and its first frame's data, step by step,
// cold: each run is a fresh process, as each page load is. The steps are the page's own, in its
// order: JSON.parse, the quick structural pass (data/load.ts), resolving the reader's language
// (App.tsx asks twice: for the document's title, then for the view), the store from the URL
// (storeFromUrl.ts, split here into its index, its anchors and the rest), and what the first
// render derives from the store (the base scale, the marks' items and their layout at the
// opening zoom level, the summary's bounds and words, the overview's density bars).
//
// Usage:
//   npx tsx scripts/bench/pipeline.ts FILE [--runs N] [--width PX] [--against DIR]
//     N cold runs (default 7) of the script bundled as the page's code is (one file, by
//     esbuild), printed as the median per step of wall time, CPU time (every thread of the
//     process: GC helpers too, some of them still busy with the parse's garbage) and
//     garbage-collection time. With --against, DIR is another checkout holding this script (a
//     copy of a commit, node_modules linked): runs alternate between the two, so the machine's
//     load falls on both alike.
//   npx tsx scripts/bench/pipeline.ts FILE --once   one run; prints its steps as JSON.
// Story files: bench-results/data/story-N.json (scripts/bench/data.mjs, `writeDataset(N)`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import type { StoryFile } from '../../src/data/schema';
import { passesQuickCheck } from '../../src/data/quickCheck';
import { knownSingleLanguage, resolveStory, storyLanguages } from '../../src/data/localText';
import { indexStory } from '../../src/timeline/storyIndex';
import { anchorsOf } from '../../src/timeline/breaks';
import { parseUrlState } from '../../src/store/urlState';
import { createTimelineStore } from '../../src/store/createTimelineStore';
import { selectBaseScale, selectVisibleEvents } from '../../src/store/selectors';
import { enableWholeTitles } from '../../src/timeline/layout';
import { wholeTitles } from '../../src/timeline/wholeTitles';
import { trackRowsOf } from '../../src/timeline/trackRows';
import {
  createLevelLayout,
  laneHeight,
  layoutItemsOf,
  markLayoutOptions,
  type LaneInfo,
} from '../../src/timeline/markItems';
import { drawnOf, drawnWindowKey } from '../../src/timeline/drawnWindow';
import { fitToView } from '../../src/timeline/fitToView';
import { countInWindow, eventBounds } from '../../src/timeline/inWindow';
import { windowWords } from '../../src/timeline/windowWords';
import { overviewMarksOf } from '../../src/timeline/overviewMarks';
import { pixelsOf } from '../../src/timeline/timeScale';
import { groupColors } from '../../src/timeline/palette';
import { selectDomain } from '../../src/store/selectors';

interface Step {
  name: string;
  wallMs: number;
  cpuMs: number;
  gcMs: number;
  gcs: number;
}

const args = process.argv.slice(2);
const given = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
// Absolute: runs of another checkout start in its folder.
const file = given && resolve(given);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
if (!file) {
  console.error(
    'usage: tsx scripts/bench/pipeline.ts FILE [--runs N] [--width PX] [--against DIR]',
  );
  process.exit(2);
}
const widthPx = Number(opt('width', '1200'));

/** One cold pass over the page's steps, each timed; garbage collections attributed by start. */
async function once(): Promise<Step[]> {
  const gcs: { start: number; duration: number }[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, duration: e.duration });
  });
  obs.observe({ entryTypes: ['gc'] });
  const text = readFileSync(file as string, 'utf8');
  const marks: { name: string; t0: number; t1: number; cpu: number }[] = [];
  const step = <T>(name: string, f: () => T): T => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const v = f();
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    marks.push({ name, t0, t1, cpu: (c.user + c.system) / 1000 });
    return v;
  };

  const raw: unknown = step('JSON.parse', () => JSON.parse(text));
  const file1 = step('quickCheck', () => {
    if (!passesQuickCheck(raw)) throw new Error('the quick check refuses this story');
    knownSingleLanguage(raw);
    enableWholeTitles(wholeTitles);
    return raw as StoryFile;
  });
  const story = step('resolveStory x2', () => {
    storyLanguages(file1);
    resolveStory(file1, 'en');
    return resolveStory(file1, 'en');
  });
  // createStoreFromUrl, in its parts.
  const index = step('indexStory', () => indexStory(story));
  step('anchorsOf', () => anchorsOf(index.spans));
  const store = step('store (url, slices)', () => {
    const { state } = parseUrlState('', index);
    // The guided story's step is applied after the first commit (StoryView).
    const { storyStep, ...initial } = state;
    void storyStep;
    return createTimelineStore(index, {
      widthPx,
      ...initial,
      focusedId: initial.selectedId ?? index.events[0]?.id ?? null,
    });
  });
  const s = store.getState();
  const base = step('baseScale', () => selectBaseScale(s));
  const visible = selectVisibleEvents(s);
  const narrow = widthPx < 600;
  const lanes = step('lanes', (): LaneInfo => {
    groupColors(index, 'light');
    const rows = trackRowsOf(index, base, narrow ? 22 : 27, narrow);
    return { actors: [''], rowsPerLane: rows, laneH: laneHeight(rows), top: 34 };
  });
  const items = step('layoutItemsOf', () => layoutItemsOf(visible, index, lanes.actors, null));
  const opts = markLayoutOptions(lanes, narrow);
  const layout = step('layoutMarks', () =>
    createLevelLayout(items, base, lanes.actors.length, opts)(1),
  );
  step('drawn+fit', () => {
    const drawn = drawnOf(layout, drawnWindowKey(s.view, widthPx, 1), widthPx);
    return fitToView(drawn.events, 0, widthPx, 1, lanes.rowsPerLane, opts);
  });
  step('summary', () => {
    const [from, to] = selectDomain(s);
    countInWindow(eventBounds(visible, index.spans), from, to);
    return windowWords(index.spans, [from, to], true);
  });
  step('overview', () =>
    overviewMarksOf(
      visible.map((e) => e.id),
      index.spans,
      pixelsOf(base),
      widthPx,
      44,
    ),
  );
  // The observer reports after the synchronous work: give it a turn.
  await new Promise((r) => setTimeout(r, 20));
  obs.disconnect();
  return marks.map((m) => {
    const mine = gcs.filter((g) => g.start >= m.t0 && g.start < m.t1);
    return {
      name: m.name,
      wallMs: m.t1 - m.t0,
      cpuMs: m.cpu,
      gcMs: mine.reduce((a, g) => a + g.duration, 0),
      gcs: mine.length,
    };
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * The script bundled into one file, as the page's code is (esbuild, which tsx brings): run
 * through tsx's loader, each module on its own, the same steps took up to twice as long, and
 * varied more from run to run.
 */
async function bundle(script: string): Promise<string> {
  // Imported here: the bundle itself leaves esbuild out, and its runs never bundle.
  const { build } = await import('esbuild');
  const out = join(mkdtempSync(join(tmpdir(), 'pipeline-')), 'pipeline.mjs');
  await build({
    entryPoints: [script],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    external: ['esbuild'],
    logLevel: 'warning',
  });
  return out;
}

function spawnOnce(bundled: string): Step[] {
  const r = spawnSync(
    process.execPath,
    [bundled, file as string, '--once', '--width', String(widthPx)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) as string) as Step[];
}

function table(label: string, runs: Step[][]) {
  const names = runs[0]?.map((s) => s.name) ?? [];
  const col = (n: number) => n.toFixed(1).padStart(8);
  console.log(`\n${label}: median of ${runs.length} cold runs`);
  console.log(`${'step'.padEnd(22)}    wall ms   cpu ms    gc ms  gcs`);
  const sum = { wall: [] as number[], cpu: [] as number[], gc: [] as number[] };
  for (const name of names) {
    const of = (k: keyof Omit<Step, 'name'>) =>
      median(runs.map((r) => r.find((s) => s.name === name)?.[k] ?? 0));
    console.log(
      `${name.padEnd(22)} ${col(of('wallMs'))} ${col(of('cpuMs'))} ${col(of('gcMs'))} ${String(of('gcs')).padStart(4)}`,
    );
  }
  for (const r of runs) {
    const after = r.filter((s) => s.name !== 'JSON.parse');
    sum.wall.push(after.reduce((a, s) => a + s.wallMs, 0));
    sum.cpu.push(after.reduce((a, s) => a + s.cpuMs, 0));
    sum.gc.push(after.reduce((a, s) => a + s.gcMs, 0));
  }
  console.log(
    `${'after parse (sum)'.padEnd(22)} ${col(median(sum.wall))} ${col(median(sum.cpu))} ${col(median(sum.gc))}`,
  );
}

if (args.includes('--once')) {
  console.log(JSON.stringify(await once()));
} else {
  const runs = Number(opt('runs', '7'));
  const here = await bundle(fileURLToPath(import.meta.url));
  const against = opt('against', '');
  const other = against ? await bundle(resolve(against, 'scripts/bench/pipeline.ts')) : null;
  const mine: Step[][] = [];
  const theirs: Step[][] = [];
  for (let i = 0; i < runs; i++) {
    // Alternating which goes first, so neither always runs on a warmer machine.
    if (other && i % 2 === 1) theirs.push(spawnOnce(other));
    mine.push(spawnOnce(here));
    if (other && i % 2 === 0) theirs.push(spawnOnce(other));
  }
  for (const b of [here, other]) if (b) rmSync(dirname(b), { recursive: true, force: true });
  console.log(`${file}, ${widthPx} px`);
  if (other) table(`against ${against}`, theirs);
  table('this checkout', mine);
}
