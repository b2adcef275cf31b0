// The bench's web server: scripts/serve.mjs, in a child process on a free loopback port, serving
// dist/ (or a bench-only build) under the app's prefix.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { APP_PREFIX } from './pages.mjs';

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });

/** Starts scripts/serve.mjs on a free port and waits until it serves; `{ base, stop }`. */
export async function serve(root) {
  const port = await freePort();
  const args = ['scripts/serve.mjs', '--port', String(port), '--prefix', APP_PREFIX];
  if (root) args.push('--root', root);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error('serve.mjs did not start in 10 s')), 10_000);
    child.stdout.on('data', (d) => {
      if (String(d).includes('serving')) {
        clearTimeout(timer);
        res();
      }
    });
    child.once('exit', (code) => rej(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: () => child.kill(),
  };
}
