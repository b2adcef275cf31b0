import { t } from '../i18n/catalog';
import { LANG_NAMES, LANGS, isLang } from '../i18n/languages';

/** A language's code as the phone's menu shows it: "ZH-HANT" would widen the controls row. */
const shortName = (code: string) => (code === 'zh-Hant' ? '繁體' : code.toUpperCase());

/**
 * Every interface language and every language the story is written in, each named in itself:
 * a reader who tries another language can always come back to their own.
 */
export function LanguageMenu({
  languages,
  lang,
  onChange,
  short = false,
}: {
  languages: readonly string[];
  lang: string;
  onChange: (code: string) => void;
  /** Codes ("EN"), each named in full to a screen reader: to fit the phone's controls row. */
  short?: boolean;
}) {
  return (
    <label className={`language-menu${short ? ' language-menu--short' : ''}`}>
      <span className="visually-hidden">{t('page.language')}</span>
      <select value={lang} onChange={(e) => onChange(e.target.value)}>
        {[...new Set([...LANGS, ...languages, lang])].map((code) => (
          <option
            key={code}
            value={code}
            lang={code}
            aria-label={short && isLang(code) ? LANG_NAMES[code] : undefined}
          >
            {short ? shortName(code) : isLang(code) ? LANG_NAMES[code] : code}
          </option>
        ))}
      </select>
    </label>
  );
}
