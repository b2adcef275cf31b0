import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/i18n/choose';
import { catalogCode } from '../../src/i18n/languages';

const page = (browser: string[], param: string | null = null) =>
  chooseLanguage({ param, browser, story: ['en', 'de'], embed: false }).lang;

describe('Chinese in its script', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh_MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['ZH-hant', 'zh-Hant'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-HK', 'zh'],
    ['de-AT', 'de'],
  ])('%s reads the %s catalog', (tag, code) => {
    expect(catalogCode(tag)).toBe(code);
  });

  it('a Taiwanese browser gets traditional characters, a mainland one simplified', () => {
    expect(page(['zh-TW', 'en'])).toBe('zh-Hant');
    expect(page(['zh-CN', 'en'])).toBe('zh');
  });

  it('?lang=zh-HK and ?lang=zh-Hant choose traditional characters', () => {
    expect(page(['en'], 'zh-HK')).toBe('zh-Hant');
    expect(page(['en'], 'zh-Hant')).toBe('zh-Hant');
  });
});
