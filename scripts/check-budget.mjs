// After `npm run build`: the gzipped JS + CSS that dist/index.html loads on first view must
// stay within 125 KB. Prints the figure; exits 1 when over budget (or when dist/ is missing).
// Usage: node scripts/check-budget.mjs [--dist dist] [--budget-kb 125]
import { firstViewAssets, kb } from './bench/weight.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const dist = opt('dist', 'dist');
const budget = Number(opt('budget-kb', '125')) * 1024;

let assets;
try {
  assets = firstViewAssets(dist);
} catch (e) {
  console.error(`check-budget: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
if (!assets.length) {
  console.error(`check-budget: ${dist}/index.html loads no local JS or CSS; is the build broken?`);
  process.exit(1);
}
const total = assets.reduce((s, a) => s + a.gzip, 0);
const raw = assets.reduce((s, a) => s + a.raw, 0);
for (const a of assets)
  console.log(
    `  ${a.file.padEnd(48)} ${kb(a.raw).padStart(10)} raw  ${kb(a.gzip).padStart(10)} gzip`,
  );
const line = `first-view JS+CSS: ${kb(total)} gzipped (${kb(raw)} raw) of a ${kb(budget)} budget`;
if (total > budget) {
  console.error(
    `check-budget: OVER BUDGET by ${kb(total - budget)}: ${line}.\n` +
      '  Lazy-load what the first view does not need (dynamic import()), or drop a dependency.',
  );
  process.exit(1);
}
console.log(`check-budget: ok, ${line}.`);
