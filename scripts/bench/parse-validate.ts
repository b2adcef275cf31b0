// Times parse + validate of one story file, cold (first call in a fresh process, as a page
// load does once): JSON.parse, then validateStory (zod schema + cross-checks).
// Usage: tsx scripts/bench/parse-validate.ts FILE → prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { validateStory } from '../../src/data/validate';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/bench/parse-validate.ts FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const raw: unknown = JSON.parse(text);
const t1 = performance.now();
const result = validateStory(raw, file);
const t2 = performance.now();
console.log(
  JSON.stringify({
    file,
    bytes: Buffer.byteLength(text),
    ok: result.ok,
    parseMs: t1 - t0,
    validateMs: t2 - t1,
    totalMs: t2 - t0,
  }),
);
