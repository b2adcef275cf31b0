import { activeLang, t } from './catalog';
import { intlLocale } from './languages';

/**
 * "This story is in English and German", in the reader's language: the story's languages
 * named and joined by Intl, each in the frame the language's grammar wants ("en anglais et en
 * allemand").
 */
export function storyLanguagesSentence(languages: readonly string[]): string {
  const locale = intlLocale(activeLang());
  const names = new Intl.DisplayNames(locale, { type: 'language' });
  const items = languages.map((code) => t('page.storyLanguage', { name: names.of(code) ?? code }));
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  return t('page.storyLanguages', { languages: list });
}
