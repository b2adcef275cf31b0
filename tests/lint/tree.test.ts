import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The tree's shape, as docs/architecture.md states it: each name is imported from the file that
// defines it (no module re-exports another, except a folder's index.ts), and no two modules
// import each other, directly or round a longer circle (the store's slices excepted: zustand's
// slices pattern types each slice against the whole store).
const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['src', 'scripts', 'tests'];
const CODE = /\.(ts|tsx|mjs|mts)$/;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : CODE.test(name) ? [path] : [];
  });
const files = FOLDERS.flatMap((f) => walk(join(ROOT, f)));
const rel = (f: string) => relative(ROOT, f);
const isIndex = (f: string) => /\/index\.tsx?$/.test(f);

const REEXPORT = /^export\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?)\s+from\s+['"][^'"]+['"]/gm;
const LOCAL_EXPORT = /^export\s+(?:type\s+)?\{([^}]*)\};?\s*$/gm;
const IMPORTED_NAMES = /^import\s+(?:type\s+)?(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?\s*from/gm;
const SPECIFIERS = /(?:from\s+|import\s*\(\s*)['"](\.[^'"]+)['"]/g;

const namesIn = (list: string) =>
  list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter(Boolean)
    .map((s) => s.split(/\s+as\s+/).pop() ?? s);

export function reexportsIn(source: string): string[] {
  const found = [...source.matchAll(REEXPORT)].map((m) => m[0]);
  const imported = new Set(
    [...source.matchAll(IMPORTED_NAMES)].flatMap((m) => [
      ...(m[1] ? [m[1]] : []),
      ...namesIn(m[2] ?? ''),
    ]),
  );
  for (const m of source.matchAll(LOCAL_EXPORT)) {
    const again = namesIn(m[1] ?? '').filter((n) => imported.has(n));
    if (again.length > 0) found.push(`export { ${again.join(', ')} } (imported above)`);
  }
  return found;
}

const resolveImport = (from: string, spec: string): string | undefined => {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  if (base.endsWith('.mjs')) candidates.unshift(base);
  return candidates.find((c) => CODE.test(c) && existsSync(c));
};

/** Strongly connected components of more than one module (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('the tree', () => {
  it('finds re-exports the way the check below reads them', () => {
    expect(reexportsIn("export { a } from './a';")).toHaveLength(1);
    expect(reexportsIn("import { a } from './a';\nexport { a };")).toHaveLength(1);
    expect(reexportsIn('const a = 1;\nexport { a };')).toEqual([]);
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b']]);
  });

  it('has no module that re-exports another, except a folder index.ts', () => {
    const offenders = files
      .filter((f) => !isIndex(f))
      .flatMap((f) => reexportsIn(readFileSync(f, 'utf8')).map((e) => `${rel(f)}: ${e}`));
    expect(offenders).toEqual([]);
  });

  it('has no import circle outside the store slices', () => {
    const graph = new Map(
      files.map((f) => [
        f,
        [...readFileSync(f, 'utf8').matchAll(SPECIFIERS)]
          .map((m) => resolveImport(f, m[1]!))
          .filter((t): t is string => t !== undefined),
      ]),
    );
    const found = circles(graph)
      .map((c) => c.map(rel))
      .filter((c) => !c.every((f) => f.startsWith('src/store/')));
    expect(found).toEqual([]);
  });
});
