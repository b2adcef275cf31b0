import { activeLang } from '../i18n/catalog';
import { dirOf } from '../i18n/languages';
import { OurTranslation } from './OurTranslation';

/**
 * A document's words inline, in their own language and direction (an English quote inside an
 * Arabic sentence keeps its marks on the right sides), then our translation into the reader's
 * language when there is one, labelled as ours.
 */
export function QuotedWords({
  quote,
  translations,
  quoteLang,
}: {
  quote: string;
  translations?: Record<string, string> | undefined;
  /** The language the documents are in: the story's own. */
  quoteLang: string;
}) {
  const lang = activeLang();
  const own = translations?.[lang];
  const foreign = quoteLang !== lang;
  return (
    <>
      <q lang={foreign ? quoteLang : undefined} dir={foreign ? dirOf(quoteLang) : undefined}>
        {quote}
      </q>
      {own && <OurTranslation text={own} inline />}
    </>
  );
}
