import { useMemo, useState } from 'react';
import { Field } from './Field';
import { useEditor } from './context';
import { storyLanguage } from '../../data/localText';
import { textSlots } from '../../data/textSlots';
import { slotLabel } from '../slotLabel';
import { translatedCount, translationLanguages } from '../translations';
import { LangTag } from '../../data/schemaFields';
import { words } from '../words';

const w = words.translations;
const names = new Intl.DisplayNames([words.locale], { type: 'language', fallback: 'code' });
/** "German (de)", in the editor's own language. */
export const languageName = (code: string) => {
  try {
    return `${names.of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
};

function AddLanguage({ own, onAdded }: { own: string; onAdded: (lang: string) => void }) {
  const addLanguage = useEditor((s) => s.addLanguage);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    const lang = code.trim();
    if (!LangTag.safeParse(lang).success) return setProblem(w.badCode);
    if (lang === own) return setProblem(w.ownLanguage(lang));
    addLanguage(lang);
    setCode('');
    setProblem('');
    onAdded(lang);
  };
  return (
    <div className="ed-field">
      <label htmlFor="ed-add-lang">{w.addLanguage}</label>
      <div className="ed-row">
        <input
          id="ed-add-lang"
          value={code}
          placeholder={w.codeExample}
          // A code is a few letters: the button sits beside it.
          style={{ width: '8rem' }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'ed-add-lang-problem' : undefined}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add}>
          {w.add}
        </button>
      </div>
      {problem && (
        <p className="ed-problems ed-problem-error" id="ed-add-lang-problem">
          {words.problemKind.error}: {problem}
        </p>
      )}
    </div>
  );
}

/**
 * The story's texts in other languages: every text we write, its original above a field for
 * its translation. Quotes are not here: they stay in their source's words.
 */
export function TranslationsSection() {
  const story = useEditor((s) => s.history.present.story);
  const translations = useEditor((s) => s.history.present.translations);
  const translate = useEditor((s) => s.translate);
  const removeLanguage = useEditor((s) => s.removeLanguage);
  const own = storyLanguage(story);
  const langs = translationLanguages(story, translations);
  const [chosen, setChosen] = useState<string | null>(null);
  const lang = chosen !== null && langs.includes(chosen) ? chosen : (langs[0] ?? null);
  // Only once there is a language to translate into: at 5,000 events listing every text takes
  // longer than a keystroke may.
  const any = lang !== null;
  const slots = useMemo(
    () => (any ? textSlots(story).filter((s) => typeof s.value === 'string') : []),
    [story, any],
  );
  const count = lang ? translatedCount(slots, translations, lang) : null;
  return (
    <section className="ed-section" aria-labelledby="ed-translations-heading">
      <h2 id="ed-translations-heading">{w.heading}</h2>
      <p className="ed-help">
        {w.introBefore(languageName(own))}
        <code>{w.param}</code>
        {w.introAfter(languageName(own))}
      </p>
      <AddLanguage own={own} onAdded={setChosen} />
      {lang && count && (
        <>
          <div className="ed-row">
            <div className="ed-field">
              <label htmlFor="ed-tr-lang">{w.into}</label>
              <select id="ed-tr-lang" value={lang} onChange={(e) => setChosen(e.target.value)}>
                {langs.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" onClick={() => removeLanguage(lang)}>
              {w.remove(languageName(lang))}
            </button>
          </div>
          <p role="status" className="ed-summary">
            {w.count(count.done, count.total, languageName(lang))}
          </p>
          {slots.map((slot) => (
            <Field
              key={`${lang}:${slot.key}`}
              path={`${slot.at}.${lang}`}
              label={w.field(slotLabel(story, slot), languageName(lang))}
              help={
                <>
                  {w.original} <span lang={own}>{String(slot.value) || w.empty}</span>
                </>
              }
              {...(String(slot.value).length > 80 ? { rows: 3 } : {})}
              lang={lang}
              value={translations[lang]?.[slot.key] ?? ''}
              onChange={(v) => translate(lang, slot.key, v)}
            />
          ))}
        </>
      )}
    </section>
  );
}
