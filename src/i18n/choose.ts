import { catalogCode, isLang } from './languages';

export interface LanguageChoice {
  /** The language to show: the interface's if it has one, and the story's texts in it. */
  lang: string;
  /** A `?lang=` code neither the interface nor the story has: English is shown instead. */
  unknown: string | null;
}

/**
 * Which language a reader sees. `?lang=` first; otherwise an embed speaks the story's own
 * language (the article around it chose it), and the full page the reader's first browser
 * language that the interface or the story has; else the story's language. Pure: main.tsx
 * passes `navigator.languages`.
 */
export function chooseLanguage(o: {
  param: string | null;
  browser: readonly string[];
  /** The story's languages, its own first (`storyLanguages`); empty when not yet loaded. */
  story: readonly string[];
  embed: boolean;
}): LanguageChoice {
  const has = (code: string) => isLang(code) || o.story.includes(code);
  const own = o.story[0] ?? 'en';
  if (o.param !== null) {
    const code = catalogCode(o.param);
    return has(code)
      ? { lang: code, unknown: null }
      : { lang: 'en', unknown: o.param.slice(0, 20) };
  }
  if (o.embed) return { lang: own, unknown: null };
  const found = o.browser.map(catalogCode).find(has);
  return { lang: found ?? own, unknown: null };
}
