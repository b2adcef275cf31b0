// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faviconPng } from '../../src/cli/faviconPng';

describe('public/favicon.png', () => {
  it('is public/favicon.svg drawn as `npm run favicon` draws it', async () => {
    const png = await faviconPng(readFileSync('public/favicon.svg', 'utf8'));
    // On failure: run `npm run favicon` and commit the result.
    expect(readFileSync('public/favicon.png').equals(png)).toBe(true);
  });

  it('is what the page links, not the SVG', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toMatch(
      /<link rel="icon" href="\.\/favicon\.png" type="image\/png" sizes="32x32"/,
    );
    expect(html).not.toContain('favicon.svg');
  });
});
