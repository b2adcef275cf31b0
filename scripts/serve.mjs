// A tiny static server for dist/ under a path prefix (default /), for browser tests and the bench.
// Also serves tests/hosts/ at /hosts/ and node_modules files the host pages need at /vendor/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(opt('port', '4317'));
const prefix = opt('prefix', '/');
const root = resolve(opt('root', 'dist'));
const mounts = [
  [prefix, root],
  ['/hosts/', resolve('tests/hosts')],
  ['/vendor/pym/', resolve('node_modules/pym.js/dist')],
  ['/vendor/vis-timeline/', resolve('node_modules/vis-timeline')],
  ['/vendor/timelinejs/', resolve('node_modules/@knight-lab/timelinejs/dist')],
  ['/bench-data/', resolve('bench-results/data')],
  ['/bench/', resolve('bench/hosts')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Compressed once per file version, as hosts do (nginx gzip_static, a CDN's cache): gzipping a
// 50 MB story on every request would add 0.4 s of server time to each load measured.
const gzCache = new Map();
async function gzipped(file, body) {
  const { mtimeMs, size } = await stat(file);
  const key = `${mtimeMs}:${size}`;
  const hit = gzCache.get(file);
  if (hit?.key === key) return hit.out;
  const out = gzipSync(body);
  gzCache.set(file, { key, out });
  return out;
}

// The editor must not be framed by another site (clickjacking): the same rules as
// public/_headers and public/.htaccess ship for static hosts (docs/hosting.md).
const EDITOR_HEADERS = {
  'content-security-policy': "frame-ancestors 'self'",
  'x-frame-options': 'SAMEORIGIN',
};
const isEditor = (path) => path.startsWith(`${prefix}edit/`) || path === `${prefix}edit`;

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // A malformed escape (`/%E0%A4%A`) is the client's mistake; it must not stop the server.
    res.writeHead(400).end('malformed percent-encoding in the path');
    return;
  }
  const mount = mounts.find(([p]) => path.startsWith(p) || `${path}/` === p);
  if (!mount) {
    res.writeHead(404).end('not found');
    return;
  }
  const [p, dir] = mount;
  let file = normalize(join(dir, path.slice(p.length)));
  // With the separator: `www-secret` beside `www` starts with "www" too.
  if (file !== dir && !file.startsWith(dir + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compress text as any real static host would, so measurements are realistic.
    const gzip =
      /text|json|javascript|svg/.test(type) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const out = gzip ? await gzipped(file, body) : body;
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      'content-length': out.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      ...(isEditor(path) ? EDITOR_HEADERS : {}),
    });
    res.end(out);
  } catch {
    res.writeHead(404).end('not found');
  }
});
// `--port 0` picks a free port; the line names the one taken.
server.listen(port, '127.0.0.1', () =>
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}${prefix}`),
);
