// Parse + validate of each story in Node, cold: one fresh process a run, as a page load does it.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DATA_DIR } from './data.mjs';
import { waitIdle } from './machine.mjs';

/** Cold parse + validate of a story file in a fresh Node process (tsx runs the TS sources). */
function parseValidate(file) {
  const r = spawnSync(resolve('node_modules/.bin/tsx'), ['scripts/bench/parse-validate.ts', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').at(-1);
  try {
    return JSON.parse(line);
  } catch {
    return { error: (r.stderr || r.stdout).trim().split('\n').slice(0, 3).join(' ') };
  }
}

/** Times parse + validate `o.runs` times at each size into `results.parse`; notes failures. */
export async function parseTimes(o, datasets, results) {
  const log = o.log;
  log('parse + validate in Node (tsx), cold, one process per run…');
  for (const size of o.sizes) {
    await waitIdle(o.waitIdleMs, log);
    const file = join(DATA_DIR, datasets[size].files.story);
    results.parse[size] = Array.from({ length: o.runs }, () => parseValidate(file));
    const bad = results.parse[size].find((r) => r.error || r.ok === false);
    if (bad) results.notes.push(`parse+validate at ${size}: ${bad.error ?? 'story invalid'}`);
  }
}
