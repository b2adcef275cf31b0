import type { Figure } from '../data/schema';

const fmt = new Intl.NumberFormat('en-US');

type Amount = Pick<Figure, 'value' | 'qualifier'>;

/** The qualifier as a word before the number; none for an exact figure. */
const WORDS: Record<Exclude<Figure['qualifier'], 'not-disclosed'>, string> = {
  exact: '',
  over: 'over',
  about: 'about',
  roughly: 'roughly',
  nearly: 'nearly',
};

function number(value: number): string {
  return value >= 1_000_000 ? `${fmt.format(value / 1_000_000)} million` : fmt.format(value);
}

/** "over 150,000", "roughly 25,000", "28.8 million", "not disclosed" — never 0 for unknown. */
export function formatFigure(f: Amount): string {
  if (f.value === null || f.qualifier === 'not-disclosed') return 'not disclosed';
  const word = WORDS[f.qualifier];
  return word ? `${word} ${number(f.value)}` : number(f.value);
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
  if (texts.length <= 1) {
    const text = texts[0] ?? 'not disclosed';
    return text === 'not disclosed' && unit ? `${unit} not disclosed` : withUnit(text);
  }
  const value = first?.value ?? null;
  const sameNumber =
    value !== null &&
    figures.every(
      (f) => f.value === value && f.qualifier !== 'exact' && f.qualifier !== 'not-disclosed',
    );
  const words = [
    ...new Set(figures.map((f) => WORDS[f.qualifier === 'not-disclosed' ? 'exact' : f.qualifier])),
  ];
  const text = sameNumber
    ? withUnit(`${words.join(' / ')} ${number(value)}`)
    : texts.map(withUnit).join(' / ');
  return `${text} (the accounts differ)`;
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
