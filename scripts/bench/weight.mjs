// Shipped weight of the built app: every JS and CSS file in dist/, raw and gzipped, and the
// subset that index.html loads on first view (entry script, its static imports, modulepreload
// links and stylesheets; not lazy chunks, not embed.js).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size with zlib's default level, as Vite reports it. */
export const gzipSize = (buf) => gzipSync(buf).length;

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** [{ file, raw, gzip }] for every .js/.mjs/.css under `dist`, largest first. */
export function assetWeights(dist = 'dist') {
  const root = resolve(dist);
  return walk(root)
    .filter((p) => /\.(m?js|css)$/.test(p))
    .map((p) => {
      const buf = readFileSync(p);
      return { file: relative(root, p).split(sep).join('/'), raw: buf.length, gzip: gzipSize(buf) };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
};

/** Relative specifiers a built ES module imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const out = [];
  const re =
    /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
  for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/**
 * Files index.html loads on first view: `<script type="module" src>`, `<link rel="stylesheet">`,
 * `<link rel="modulepreload">`, `<style data-from>` (inlined CSS), and, recursively, the static imports of those scripts. Lazy
 * chunks (reached only by `import()`) and any embed*.js entry are left out.
 */
export function firstViewAssets(dist = 'dist') {
  const root = resolve(dist);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath))
    throw new Error(`${indexPath} not found: run \`npm run build\` first`);
  const html = readFileSync(indexPath, 'utf8');
  const local = (url, from) => {
    if (!url || /^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return undefined;
    const clean = url.split(/[?#]/)[0];
    const p = clean.startsWith('/') ? join(root, clean) : resolve(from, clean);
    return p.startsWith(root) && existsSync(p) ? p : undefined;
  };
  const seen = new Set();
  const queue = [];
  const add = (p) => {
    if (!p || seen.has(p) || /(^|\/)embed[^/]*\.m?js$/.test(p.split(sep).join('/'))) return;
    seen.add(p);
    queue.push(p);
  };
  for (const m of html.matchAll(/<(script|link|style)\b[^>]*>/gi)) {
    const tag = m[0];
    // A stylesheet inlined at build time (scripts/prerender.ts) still counts, by its file.
    if (m[1].toLowerCase() === 'style') add(local(attr(tag, 'data-from'), root));
    else if (m[1].toLowerCase() === 'script') {
      // A script written inline at build time (scripts/inline-boot.ts) too.
      add(local(attr(tag, 'src') ?? attr(tag, 'data-from'), root));
    } else {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('stylesheet') || rel.includes('modulepreload'))
        add(local(attr(tag, 'href'), root));
    }
  }
  while (queue.length) {
    const p = queue.shift();
    if (!/\.m?js$/.test(p)) continue;
    for (const spec of staticImports(readFileSync(p, 'utf8'))) add(local(spec, dirname(p)));
  }
  return [...seen]
    .filter((p) => /\.(m?js|css)$/.test(p))
    .map((p) => {
      const buf = readFileSync(p);
      return { file: relative(root, p).split(sep).join('/'), raw: buf.length, gzip: gzipSize(buf) };
    });
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
