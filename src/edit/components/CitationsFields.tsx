import type { Citation, Source } from '../../data/schema';
import { Field } from './Field';
import { ChoiceField } from './ChoiceField';
import { ListFieldset } from './ListFieldset';
import { useEditor } from './context';
import { useField } from './useField';
import { languageName } from './TranslationsSection';
import { blankCitation } from '../blank';
import { words } from '../words';

const w = words.citations;

/** A choice among the story's sources, bound to `path`. */
export function SourceSelect({ path, label = w.source }: { path: string; label?: string }) {
  const sources = useEditor((s) => s.history.present.story.sources);
  return (
    <ChoiceField
      path={path}
      label={label}
      options={sources.map((s: Source) => ({ value: s.id, label: s.title ?? s.outlet ?? s.id }))}
    />
  );
}

/** A citation without the translation into `lang` (and without `translations` once empty). */
function withTranslation(c: Citation, lang: string, text: string): Citation {
  const { translations = {}, ...rest } = c;
  const kept = Object.fromEntries(Object.entries(translations).filter(([l]) => l !== lang));
  const next = text ? { ...kept, [lang]: text } : kept;
  return Object.keys(next).length ? { ...rest, translations: next } : rest;
}

/**
 * Our translations of a quote, one per language the story is translated into (and any the
 * file already has): shown to readers below the verbatim words, labelled as ours.
 */
function QuoteTranslations({ path }: { path: string }) {
  const citation = useField<Citation>(path);
  const c = citation.value;
  const storyLangs = useEditor((s) => Object.keys(s.history.present.translations).join(' '));
  const langs = [
    ...new Set([...storyLangs.split(' ').filter(Boolean), ...Object.keys(c.translations ?? {})]),
  ];
  return langs.map((lang) => (
    <Field
      key={lang}
      path={`${path}.translations.${lang}`}
      label={w.translation(languageName(lang))}
      help={w.translationHelp}
      rows={2}
      lang={lang}
      value={c.translations?.[lang] ?? ''}
      onChange={(v) => citation.set(withTranslation(c, lang, v))}
    />
  ));
}

/** An event's citations: a source and its verbatim words each. */
export function CitationsFields({ at }: { at: string }) {
  const firstSource = useEditor((s) => s.history.present.story.sources[0]?.id ?? '');
  return (
    <ListFieldset<Citation>
      path={`${at}.citations`}
      legend={w.legend}
      min={1}
      blank={() => blankCitation(firstSource)}
      itemLegend={(c) => w.citation(c.index + 1)}
      removeLabel={(c) => w.remove(c.index + 1)}
      addLabel={w.add}
    >
      {(c) => (
        <>
          <SourceSelect path={`${c.path}.source`} />
          <Field path={`${c.path}.quote`} label={w.quote} help={w.quoteHelp} rows={3} />
          <QuoteTranslations path={c.path} />
        </>
      )}
    </ListFieldset>
  );
}
