// Builds for the benchmark: the real build (`npm run build` → dist/), and, only when a story
// file is larger than the app accepts, a bench-only build with the size limit lifted
// (bench-results/dist-lifted/), so rendering can still be measured at that size.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export function buildApp() {
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', shell: false });
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new Error(`npm run build failed:\n${tail}`);
  }
  return Date.now() - t0;
}

export const LIFTED_DIR = resolve('bench-results/dist-lifted');
const LIMIT_RE = /(MAX_STORY_BYTES\s*=\s*)([^;\n]+)/;

/**
 * Same config as the real build (vite.config.ts), plus a transform that raises
 * MAX_STORY_BYTES in src/data/limits.ts to 1 GB. Nothing in src/ is changed on disk.
 * Returns the limit expression it replaced, or throws if it found none.
 */
export async function buildLifted() {
  const { build } = await import('vite');
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  let replaced = null;
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: LIFTED_DIR, emptyOutDir: true },
    plugins: [
      {
        name: 'bench-lift-story-size-limit',
        enforce: 'pre',
        transform(code, id) {
          if (!id.replace(/\\/g, '/').endsWith('/src/data/limits.ts')) return null;
          const m = LIMIT_RE.exec(code);
          if (!m) return null;
          replaced = m[2].trim();
          return code.replace(LIMIT_RE, '$1 1024 * 1024 * 1024');
        },
      },
    ],
  });
  if (!replaced) throw new Error('MAX_STORY_BYTES not found in src/data/limits.ts');
  return replaced;
}
