import type { Figure } from '../data/schema';

const fmt = new Intl.NumberFormat('en-US');

/** "over 150,000", "about 25,000", "28,800,000", "not disclosed" — never 0 for unknown. */
export function formatFigure(f: Pick<Figure, 'value' | 'qualifier'>): string {
  if (f.value === null || f.qualifier === 'not-disclosed') return 'not disclosed';
  const n =
    f.value >= 1_000_000 ? `${fmt.format(f.value / 1_000_000)} million` : fmt.format(f.value);
  if (f.qualifier === 'over') return `over ${n}`;
  if (f.qualifier === 'about') return `about ${n}`;
  return n;
}
