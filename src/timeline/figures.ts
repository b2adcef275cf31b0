import type { Figure } from '../data/schema';
import { activeLang, formatNumber, t } from '../i18n/catalog';
import { numberLocale } from '../i18n/languages';
import '../i18n/englishLater';

type Amount = Pick<Figure, 'value' | 'qualifier'>;

let compact: [string, Intl.NumberFormat] | null = null;
/** Millions in words, in the reader's language: "28.8 million", "28,8 Millionen", "2880万". */
function number(value: number): string {
  if (value < 1_000_000) return formatNumber(value);
  const lang = activeLang();
  if (compact?.[0] !== lang)
    compact = [
      lang,
      new Intl.NumberFormat(numberLocale(lang), {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: 1,
      }),
    ];
  return compact[1].format(value);
}

/** The qualifier with its number ("over 150,000"); the number alone for an exact figure. */
function qualified(qualifier: Figure['qualifier'], value: number): string {
  const n = number(value);
  return qualifier === 'exact' || qualifier === 'not-disclosed'
    ? n
    : t(`figure.${qualifier}`, { n });
}

/** "over 150,000", "roughly 25,000", "28.8 million", "not disclosed" — never 0 for unknown. */
export function formatFigure(f: Amount): string {
  if (f.value === null || f.qualifier === 'not-disclosed') return t('figure.undisclosed');
  return qualified(f.qualifier, f.value);
}

/**
 * One number as several documents word it. The same wording reads once; different words for
 * the same number keep each ("roughly / nearly 25,000 (the accounts differ)"), and different
 * numbers are listed. `unit` goes after the number: "roughly / nearly 25,000 accounts (…)".
 */
export function formatFigures(figures: readonly Amount[], unit = ''): string {
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text);
  const texts = [...new Set(figures.map(formatFigure))];
  const [first] = figures;
  const none = t('figure.undisclosed');
  if (texts.length <= 1) {
    const text = texts[0] ?? none;
    return text === none && unit ? t('figure.unitUndisclosed', { unit }) : withUnit(text);
  }
  const value = first?.value ?? null;
  const sameNumber =
    value !== null &&
    figures.every(
      (f) => f.value === value && f.qualifier !== 'exact' && f.qualifier !== 'not-disclosed',
    );
  // "roughly / nearly 25,000": each document's word, the number once.
  const words = [...new Set(figures.map((f) => qualified(f.qualifier, 0)))].map((w) =>
    w.replace(number(0), '').trim(),
  );
  const text =
    sameNumber && value !== null
      ? withUnit(`${words.join(' / ')} ${number(value)}`)
      : texts.map(withUnit).join(' / ');
  return t('figure.differ', { text });
}

/** An actor's figures for one metric, read as one line. */
export interface FigureLine {
  key: string;
  actor: string;
  metric: Figure['metric'];
  figures: Figure[];
}

/** Figures grouped by actor and metric, in the order each pair first appears. */
export function figureLines(figures: readonly Figure[]): FigureLine[] {
  const lines = new Map<string, FigureLine>();
  for (const f of figures) {
    const key = `${f.actor}-${f.metric}`;
    const line = lines.get(key);
    if (line) line.figures.push(f);
    else lines.set(key, { key, actor: f.actor, metric: f.metric, figures: [f] });
  }
  return [...lines.values()];
}
