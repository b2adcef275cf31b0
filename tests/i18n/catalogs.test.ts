import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/messages/en';
import type { Catalog, Message } from '../../src/i18n/catalog';
import { LANGS, intlLocale, type Lang } from '../../src/i18n/languages';

const catalogs = import.meta.glob<{ default: Catalog }>('../../src/i18n/messages/*.ts', {
  eager: true,
});
const byLang = new Map<string, Record<string, Message>>();
for (const [file, mod] of Object.entries(catalogs)) {
  const lang = /\/([A-Za-z-]+)\.ts$/.exec(file)?.[1] ?? '';
  if (lang !== 'en') byLang.set(lang, mod.default);
}
const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? m : Object.values(m).join(' ')).match(/\{\w+\}/g))].sort();

describe('message catalogs', () => {
  it('has one for every language the interface offers, English aside', () => {
    expect([...byLang.keys()].sort()).toEqual(LANGS.filter((l) => l !== 'en').sort());
  });

  it.each([...byLang.entries()])('%s has every English key and no other', (_lang, catalog) => {
    const keys = Object.keys(en).sort();
    expect(Object.keys(catalog).sort()).toEqual(keys);
  });

  it.each([...byLang.entries()])('%s fills the same placeholders as English', (_lang, catalog) => {
    for (const key of Object.keys(en) as MessageKey[]) {
      const own = catalog[key];
      expect(own, key).toBeDefined();
      if (own) expect([key, placeholders(own)]).toEqual([key, placeholders(en[key])]);
    }
  });

  it.each([...byLang.entries()])(
    '%s gives a counting message every plural form its language uses',
    (lang, catalog) => {
      const forms = new Intl.PluralRules(intlLocale(lang as Lang)).resolvedOptions()
        .pluralCategories;
      for (const key of Object.keys(en) as MessageKey[]) {
        const m = catalog[key];
        if (typeof en[key] === 'string' || !m) continue;
        expect(typeof m, key).toBe('object');
        for (const form of forms)
          expect([key, form, typeof m === 'object' && m[form]]).toEqual([
            key,
            form,
            expect.any(String),
          ]);
      }
    },
  );

  it('leaves no message empty', () => {
    for (const catalog of [en, ...byLang.values()])
      for (const m of Object.values(catalog))
        for (const text of typeof m === 'string' ? [m] : (Object.values(m) as string[]))
          expect(text.trim().length).toBeGreaterThan(0);
  });
});
