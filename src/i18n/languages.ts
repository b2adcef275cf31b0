/** The languages the interface is written in; English first, the fallback for everything. */
export const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'ar', 'zh', 'zh-Hant', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's name in itself, for the language menu. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  ar: 'العربية',
  zh: '中文（简体）',
  'zh-Hant': '中文（繁體）',
  ja: '日本語',
};

export const isLang = (code: string): code is Lang => (LANGS as readonly string[]).includes(code);

/** Scripts written right to left, by primary language subtag. */
const RTL = new Set(['ar', 'fa', 'he', 'ur']);
export const dirOf = (lang: string): 'rtl' | 'ltr' => (RTL.has(primary(lang)) ? 'rtl' : 'ltr');

/** `de-AT` → `de`, `ZH_hans` → `zh`: the primary subtag. */
export function primary(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The part a catalog is chosen by: the primary subtag, except that Chinese written in
 * traditional characters (`zh-Hant`, and Taiwan's, Hong Kong's and Macao's `zh-TW`, `zh-HK`,
 * `zh-MO` without a script) is `zh-Hant`; other Chinese is simplified (`zh`).
 */
export const catalogCode = (tag: string): string =>
  /^zh[-_](?!.*hans)(.*[-_])?(hant|tw|hk|mo)([-_]|$)/i.test(tag.trim()) ? 'zh-Hant' : primary(tag);

/** Chinese and Japanese: written dates composed from their parts, counts in 万/萬. */
export const isCjk = (lang: string): boolean => primary(lang) === 'zh' || lang === 'ja';

/**
 * The locale Intl formats in: English as people write it outside the US ("10 June 2026"),
 * Chinese in simplified script.
 */
export function intlLocale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang === 'zh' ? 'zh-Hans' : lang;
}

/** The page's `lang` attribute. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-Hans' : lang);

/** The locale numbers are written in: dates in English follow en-GB, but "1M" rather than "1m". */
export const numberLocale = (lang: Lang): string => (lang === 'en' ? 'en' : intlLocale(lang));
