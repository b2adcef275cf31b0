import { activeLang } from '../i18n/catalog';
import { intlLocale, isCjk } from '../i18n/languages';

/** Whether the locale's clock counts 12 hours ("9:30 pm") rather than 24. */
const hour12 = (locale: string): boolean =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;

/**
 * A UTC date formatter in the reader's language, made once per language: no reader's time zone
 * moves an event. Chinese and Japanese write months as numbers either way ("6月"), and ICU has
 * range patterns ("4月22日～6月5日") only for the short form, so they take it.
 */
export function utcFormatter(opts: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let lang = '';
  let f: Intl.DateTimeFormat | null = null;
  return () => {
    const now = activeLang();
    if (!f || lang !== now) {
      lang = now;
      const cjk = isCjk(now);
      const month = opts.month === 'long' && cjk ? 'short' : opts.month;
      const locale = intlLocale(now);
      // A 24-hour clock writes its hours in two digits ("09:30"); a 12-hour one does not.
      const h23 = opts.hour === 'numeric' && !hour12(locale);
      f = new Intl.DateTimeFormat(locale, {
        ...opts,
        ...(month ? { month } : {}),
        ...(h23 ? { hour: '2-digit' } : {}),
        timeZone: 'UTC',
      });
    }
    return f;
  };
}
