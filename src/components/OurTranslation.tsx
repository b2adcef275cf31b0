import { activeLang, t } from '../i18n/catalog';
import { LANG_NAMES } from '../i18n/languages';
import '../i18n/englishLater';

/**
 * Our translation of a document's words into the reader's language, labelled as ours: a
 * paragraph under a quoted block, or a phrase after an inline quote.
 */
export function OurTranslation({ text, inline = false }: { text: string; inline?: boolean }) {
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className={inline ? 'quote-translation quote-translation--inline' : 'quote-translation'}>
      <span className="quote-translation-label">
        {t('source.translation', { language: LANG_NAMES[activeLang()] })}
      </span>{' '}
      {text}
    </Tag>
  );
}
