import { t } from '../i18n/catalog';
import { LANG_NAMES, LANGS, isLang } from '../i18n/languages';

/**
 * Every interface language and every language the story is written in, each named in itself:
 * a reader who tries another language can always come back to their own.
 */
export function LanguageMenu({
  languages,
  lang,
  onChange,
}: {
  languages: readonly string[];
  lang: string;
  onChange: (code: string) => void;
}) {
  return (
    <label className="language-menu">
      <span className="visually-hidden">{t('page.language')}</span>
      <select value={lang} onChange={(e) => onChange(e.target.value)}>
        {[...new Set([...LANGS, ...languages, lang])].map((code) => (
          <option key={code} value={code} lang={code}>
            {isLang(code) ? LANG_NAMES[code] : code}
          </option>
        ))}
      </select>
    </label>
  );
}
