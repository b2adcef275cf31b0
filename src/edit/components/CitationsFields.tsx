import type { Citation, Source } from '../../data/schema';
import { Field } from './Field';
import { ChoiceField } from './ChoiceField';
import { useEditor } from './context';
import { languageName } from './TranslationsSection';
import { blankCitation } from '../blank';
import { removeAt, replaceAt } from '../ops';

/** A choice among the story's sources, showing the checks' problems at `path`. */
export function SourceSelect({
  path,
  value,
  sources,
  onChange,
  label = 'Source',
}: {
  path: string;
  value: string;
  sources: Source[];
  onChange: (id: string) => void;
  label?: string;
}) {
  return (
    <ChoiceField
      path={path}
      label={label}
      value={value}
      options={sources.map((s) => ({ value: s.id, label: s.title ?? s.outlet ?? s.id }))}
      onChange={onChange}
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
function QuoteTranslations({
  path,
  c,
  onChange,
}: {
  path: string;
  c: Citation;
  onChange: (c: Citation) => void;
}) {
  const storyLangs = useEditor((s) => Object.keys(s.history.present.translations).join(' '));
  const langs = [
    ...new Set([...storyLangs.split(' ').filter(Boolean), ...Object.keys(c.translations ?? {})]),
  ];
  return langs.map((lang) => (
    <Field
      key={lang}
      path={`${path}.translations.${lang}`}
      label={`Our translation of the quote into ${languageName(lang)}`}
      help="Optional. Readers see it below the quote, labelled as our translation."
      rows={2}
      lang={lang}
      value={c.translations?.[lang] ?? ''}
      onChange={(v) => onChange(withTranslation(c, lang, v))}
    />
  ));
}

function CitationItem({
  at,
  c,
  j,
  sources,
  onChange,
  onRemove,
  count,
}: {
  at: string;
  c: Citation;
  j: number;
  sources: Source[];
  onChange: (c: Citation) => void;
  onRemove: () => void;
  count: number;
}) {
  const path = `${at}.citations[${j}]`;
  return (
    <fieldset className="ed-item">
      <legend>Citation {j + 1}</legend>
      <SourceSelect
        path={`${path}.source`}
        value={c.source}
        sources={sources}
        onChange={(source) => onChange({ ...c, source })}
      />
      <Field
        path={`${path}.quote`}
        label="Quote"
        help="Copied word for word from the source."
        rows={3}
        value={c.quote}
        onChange={(v) => onChange({ ...c, quote: v })}
      />
      <QuoteTranslations path={path} c={c} onChange={onChange} />
      <button type="button" disabled={count < 2} onClick={onRemove}>
        Remove citation {j + 1}
      </button>
    </fieldset>
  );
}

/** An event's citations: a source and its verbatim words each. */
export function CitationsFields({
  at,
  citations,
  sources,
  onChange,
}: {
  at: string;
  citations: Citation[];
  sources: Source[];
  onChange: (c: Citation[]) => void;
}) {
  return (
    <fieldset className="ed-group">
      <legend>Citations</legend>
      {citations.map((c, j) => (
        <CitationItem
          key={j}
          at={at}
          c={c}
          j={j}
          sources={sources}
          count={citations.length}
          onChange={(next) => onChange(replaceAt(citations, j, () => next))}
          onRemove={() => onChange(removeAt(citations, j))}
        />
      ))}
      <button
        type="button"
        onClick={() => onChange([...citations, blankCitation(sources[0]?.id ?? '')])}
      >
        Add citation
      </button>
    </fieldset>
  );
}
