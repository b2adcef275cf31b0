import { activeLang } from '../i18n/catalog';
import { numberLocale } from '../i18n/languages';

/** A pill holds five characters (at most 54 px in its 56 px bin). */
const MAX_CHARS = 5;
const formats = new Map<string, [Intl.NumberFormat, Intl.NumberFormat, Intl.NumberFormat]>();

function formatsFor(locale: string) {
  let f = formats.get(locale);
  if (!f) {
    const compact = (digits: number) =>
      new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: digits });
    f = [compact(1), compact(0), new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })];
    formats.set(locale, f);
  }
  return f;
}

/**
 * A cluster's count in the reader's own short form (1.3K, 1,3 k, 13万), by Intl. Where that
 * is longer than a pill holds (German writes 13.000, Arabic 13 ألف) thousands are written
 * with the SI "k", in the reader's digits. The accessible name keeps the exact count.
 */
export function compactCount(n: number, locale = numberLocale(activeLang())): string {
  const [tenths, whole, plain] = formatsFor(locale);
  const short = (n < 9950 ? tenths : whole).format(n);
  if (short.length <= MAX_CHARS - 1 || n < 1000) return short;
  return n < 9950
    ? `${plain.format(Math.round(n / 100) / 10)}k`
    : `${whole.format(Math.round(n / 1000))}k`;
}
