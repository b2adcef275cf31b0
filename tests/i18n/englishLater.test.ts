// @vitest-environment node
// (tests/setup.ts loads the event's record, and with it the later words, where there is a window.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/catalog';
import { firstView } from '../../src/i18n/english/firstView';
import { later } from '../../src/i18n/english/later';
import { en } from '../../src/i18n/messages/en';

const SRC = join(__dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'english' || d.name === 'messages' ? [] : sources(path);
    return /\.tsx?$/.test(d.name) ? [path] : [];
  });
}

describe("English's words that come after the first view", () => {
  it('are every English word, each in one part only', () => {
    const own = Object.keys(firstView).filter((k) => k in later);
    expect(own).toEqual([]);
    expect(Object.keys(en).sort()).toEqual(
      [...Object.keys(firstView), ...Object.keys(later)].sort(),
    );
  });

  it('are imported by every module that names one', () => {
    const missing: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      const named = Object.keys(later).filter((k) => text.includes(`'${k}'`));
      if (named.length && !/^import '[./]*(i18n\/)?englishLater';$/m.test(text))
        missing.push(`${file.slice(SRC.length + 1)}: ${named.join(', ')}`);
    }
    expect(missing).toEqual([]);
  });

  it('are in the catalog once imported, and a word not yet there shows as its key', async () => {
    expect(t('embed.title')).toBe('embed.title');
    expect(t('page.embed')).toBe('Embed');
    await import('../../src/i18n/englishLater');
    expect(t('embed.title')).toBe(later['embed.title']);
    expect(t('error.more', { n: 3 })).toBe('…and 3 more.');
  });
});
