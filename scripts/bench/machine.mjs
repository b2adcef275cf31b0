// The machine and the commit measured, and waiting for the machine to quieten before a run.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, availableParallelism, loadavg, release, type } from 'node:os';

/** Waits until the 1-minute load average is below the CPU count, or `maxMs` has passed. */
export async function waitIdle(maxMs, log) {
  const cpus = availableParallelism();
  const t0 = Date.now();
  let said = false;
  while (loadavg()[0] >= cpus && Date.now() - t0 < maxMs) {
    if (!said)
      log(`  waiting for the machine to quieten (load average ${loadavg()[0].toFixed(1)})…`);
    said = true;
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

/** The commit measured, and whether the app's sources had uncommitted changes at build time. */
export function gitState() {
  const git = (...args) => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src', 'index.html', 'vite.config.ts', 'data');
  return commit ? `${commit}${dirty ? ' + uncommitted changes in src/' : ''}` : 'unknown';
}

/** What the figures were measured on, for the report: load, CPUs, memory, OS, Node, Chromium. */
export function machine(browserVersion) {
  const memGiB = totalmem() / 2 ** 30;
  return {
    loadavg: loadavg().map((x) => x.toFixed(2)),
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memory: `${memGiB.toFixed(1)} GiB`,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: browserVersion,
    date: new Date().toISOString(),
  };
}
