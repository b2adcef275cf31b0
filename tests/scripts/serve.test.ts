// scripts/serve.mjs serves the browser tests and the bench: a bad request must not stop it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';

const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--prefix', '/app/'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
afterAll(() => {
  server.kill();
});

/** The server's base URL, from the line it prints once listening. */
async function baseUrl(): Promise<string> {
  const [chunk] = (await once(server.stdout, 'data')) as [Buffer];
  const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString());
  if (!match?.[1]) throw new Error(`unexpected output: ${chunk.toString()}`);
  return match[1];
}

describe('scripts/serve.mjs', { timeout: 15_000 }, () => {
  it('answers 400 to a malformed percent-encoded path, and keeps serving', async () => {
    const base = await baseUrl();
    for (const path of ['/%E0%A4%A', '/%', '/hosts/%zz']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(400);
    }
    const after = await fetch(`${base}/hosts/host.css`);
    expect(after.status).toBe(200);
    expect(server.exitCode).toBeNull();
  });
});
