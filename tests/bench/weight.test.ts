import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { firstViewAssets } from '../../scripts/bench/weight.mjs';

describe('firstViewAssets', () => {
  it('counts entry scripts, their static imports and inlined CSS, not lazy chunks or embed.js', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    mkdirSync(join(dist, 'assets'));
    const files: Record<string, string> = {
      'assets/entry.js': 'import { a } from "./dep.js";\nconst lazy = () => import("./lazy.js");',
      'assets/dep.js': 'export const a = 1;',
      'assets/lazy.js': 'export const b = 2;',
      'assets/style.css': 'body { color: red }',
      'embed.js': 'void 0;',
      'boot.js': 'void 0;',
      'index.html':
        '<script src="./boot.js"></script><style data-from="./assets/style.css">body{}</style>' +
        '<script type="module" src="./assets/entry.js"></script><script src="./embed.js"></script>',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dist, name), text);
    const names = (firstViewAssets(dist) as { file: string }[]).map((a) => a.file).sort();
    expect(names).toEqual(['assets/dep.js', 'assets/entry.js', 'assets/style.css', 'boot.js']);
  });

  it('counts a script the build wrote inline by the file it came from', () => {
    const dist = mkdtempSync(join(tmpdir(), 'weight-'));
    writeFileSync(join(dist, 'boot.js'), 'void 0;');
    writeFileSync(join(dist, 'index.html'), '<script data-from="./boot.js">void 0;</script>');
    const names = (firstViewAssets(dist) as { file: string }[]).map((a) => a.file);
    expect(names).toEqual(['boot.js']);
  });
});
