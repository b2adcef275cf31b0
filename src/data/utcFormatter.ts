import { activeLang } from '../i18n/catalog';
import { intlLocale } from '../i18n/languages';

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
      const cjk = now === 'zh' || now === 'ja';
      const month = opts.month === 'long' && cjk ? 'short' : opts.month;
      f = new Intl.DateTimeFormat(intlLocale(now), {
        ...opts,
        ...(month ? { month } : {}),
        timeZone: 'UTC',
      });
    }
    return f;
  };
}
