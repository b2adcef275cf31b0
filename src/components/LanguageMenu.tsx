import { t } from '../i18n/catalog';
import { LANG_NAMES, isLang } from '../i18n/languages';

/** The story's languages, each named in itself; shown when the story has more than one. */
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
        {/* The reader's language stays selectable even where the story is not written in it. */}
        {[...new Set([...languages, lang])].map((code) => (
          <option
            key={code}
            value={code}
            lang={code}
            aria-label={short && isLang(code) ? LANG_NAMES[code] : undefined}
          >
            {short ? code.toUpperCase() : isLang(code) ? LANG_NAMES[code] : code}
          </option>
        ))}
      </select>
    </label>
  );
}
