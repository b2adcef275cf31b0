// scripts/serve.mjs serves the browser tests and the bench: a bad request must not stop it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('scripts/serve.mjs with a root of its own', { timeout: 15_000 }, () => {
  // `www` and, beside it, `www-secret`: a name that starts with the root's.
  const dir = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dir, 'www', 'edit'), { recursive: true });
  mkdirSync(join(dir, 'www-secret'));
  writeFileSync(join(dir, 'www', 'index.html'), 'reader');
  writeFileSync(join(dir, 'www', 'edit', 'index.html'), 'editor');
  writeFileSync(join(dir, 'www-secret', 'key.txt'), 'secret');
  const own = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--port', '0', '--prefix', '/t/', '--root', join(dir, 'www')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  afterAll(() => {
    own.kill();
  });
  const ownBase = async () => {
    const [chunk] = (await once(own.stdout, 'data')) as [Buffer];
    return /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString())?.[1] ?? '';
  };
  let base = '';

  it('serves nothing from a sibling folder whose name starts with the root’s', async () => {
    base = await ownBase();
    const res = await fetch(`${base}/t/..%2fwww-secret/key.txt`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('secret');
    expect(await (await fetch(`${base}/t/`)).text()).toBe('reader');
  });

  it('forbids framing the editor by another site, and only the editor', async () => {
    const editor = await fetch(`${base}/t/edit/`);
    expect(await editor.text()).toBe('editor');
    expect(editor.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(editor.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // The reader is made to be embedded anywhere.
    const reader = await fetch(`${base}/t/`);
    expect(reader.headers.get('x-frame-options')).toBeNull();
    expect(reader.headers.get('content-security-policy')).toBeNull();
  });
});
