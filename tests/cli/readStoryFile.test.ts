// @vitest-environment node
// The CLIs read only regular files, within the app's limit, counting the bytes as they come.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryFile } from '../../src/cli/readStoryFile';
import { makeStory } from '../fixtures/story';

const dir = mkdtempSync(join(tmpdir(), 'read-story-'));
const zero = join(dir, 'zero.json');
symlinkSync('/dev/zero', zero);
const fifo = join(dir, 'fifo.json');
spawnSync('mkfifo', [fifo]);

// A hang is the failure looked for: each run is cut off well before the test's own timeout.
const run = (script: string, file: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, file], {
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('readStoryFile', () => {
  it('reads a regular file', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '{"a": "ü"}');
    expect(readStoryFile(file)).toEqual({ ok: true, text: '{"a": "ü"}' });
  });

  it.each([
    [zero, /is not a regular file \(a device\)/],
    [fifo, /is not a regular file \(a named pipe\)/],
  ])('refuses %s without reading it', (file, message) => {
    const r = readStoryFile(file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe.each([
  ['npm run validate', 'scripts/validate.ts', 'stdout'],
  ['npm run import', 'scripts/import.ts', 'stderr'],
] as const)('%s', { timeout: 60_000 }, (_name, script, stream) => {
  it.each([
    ['a link to /dev/zero', zero, 'a device'],
    ['a FIFO', fifo, 'a named pipe'],
  ])('refuses %s at once and exits 1', (_what, file, kind) => {
    const r = run(script, file);
    expect(r.error).toBeUndefined(); // no timeout
    expect(r[stream]).toContain(`${file}: (file): is not a regular file (${kind})`);
    expect(r.status).toBe(1);
  });

  it('says a UTF-16 file is UTF-16', () => {
    const file = join(dir, `utf16-${script.length}.json`);
    writeFileSync(file, Buffer.from(`\uFEFF${JSON.stringify(makeStory())}`, 'utf16le'));
    const r = run(script, file);
    expect(r[stream]).toContain('the file is UTF-16; story files must be UTF-8');
    expect(r.status).toBe(1);
  });
});
