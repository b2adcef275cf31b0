// Checks that every `quote` in data/*.json is verbatim in the document its citation's source
// names (scripts/quote-documents.json maps source ids to file names): `npm run check:quotes`.
// The documents are not in the project. They are read from $SEEDS_DIR if set, else from
// ../shared/seeds next to the project; without them the check says plainly it did not run.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkQuotes,
  collectQuotes,
  type QuoteRef,
  type SourceDocument,
} from '../src/data/quoteCheck';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fromEnv = process.env.SEEDS_DIR;
const seedsDir = fromEnv ? resolve(fromEnv) : resolve(root, '../shared/seeds');
const shown = fromEnv ? seedsDir : relative(root, seedsDir);

if (!existsSync(seedsDir)) {
  // Asked for by name, a missing folder is a mistake; the default one is simply not at hand.
  if (fromEnv) {
    console.error(`quote check failed: SEEDS_DIR ${seedsDir} not found`);
    process.exit(1);
  }
  console.log(`quote check NOT run: ${shown} not found`);
  process.exit(0);
}

const mapping = JSON.parse(
  readFileSync(join(root, 'scripts/quote-documents.json'), 'utf8'),
) as Record<string, string>;
const docs = new Map<string, SourceDocument>();
for (const name of readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort())
  docs.set(name, { name, text: readFileSync(join(seedsDir, name), 'utf8') });

let failures = 0;
for (const [source, name] of Object.entries(mapping))
  if (!docs.has(name)) {
    console.log(`source "${source}": document ${name} not found in ${shown}`);
    failures++;
  }

const dataDir = join(root, 'data');
const quotes: QuoteRef[] = [];
for (const file of readdirSync(dataDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const json: unknown = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  quotes.push(...collectQuotes(json).map((q) => ({ ...q, path: `data/${file}: ${q.path}` })));
}
const problems = checkQuotes(
  quotes,
  (source) => {
    const name = mapping[source];
    return name === undefined ? undefined : docs.get(name);
  },
  [...docs.values()],
);
for (const p of problems) console.log(`${p.path}: ${p.message}`);
failures += problems.length;

if (failures > 0) {
  console.log(`quote check failed: ${problems.length} of ${quotes.length} quotes not verbatim`);
  process.exit(1);
}
console.log(
  `quote check: ${quotes.length} of ${quotes.length} quotes verbatim in the document their source names (${shown})`,
);
