import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/data/schema';
import { figureLines, formatFigures } from '../../src/timeline/figures';

const fig = (
  qualifier: Figure['qualifier'],
  value: number | null,
  source = 'a',
  actor = 'x',
  metric: Figure['metric'] = 'accounts',
): Figure => ({ metric, actor, value, qualifier, citation: { source, quote: 'q' } });

describe('formatFigures', () => {
  it.each<[string, Figure[], string, string]>([
    ['one figure', [fig('roughly', 25_000)], '', 'roughly 25,000'],
    [
      'the same word twice',
      [fig('nearly', 25_000), fig('nearly', 25_000, 'b')],
      '',
      'nearly 25,000',
    ],
    [
      'two words for one number, each kept',
      [fig('roughly', 25_000), fig('nearly', 25_000, 'b'), fig('nearly', 25_000, 'c')],
      '',
      'roughly / nearly 25,000 (the accounts differ)',
    ],
    [
      'two words, with a unit',
      [fig('roughly', 25_000), fig('nearly', 25_000, 'b')],
      'accounts',
      'roughly / nearly 25,000 accounts (the accounts differ)',
    ],
    [
      'two numbers',
      [fig('exact', 25_000), fig('over', 30_000, 'b')],
      'accounts',
      '25,000 accounts / over 30,000 accounts (the accounts differ)',
    ],
    ['an undisclosed count', [fig('not-disclosed', null)], 'accounts', 'accounts not disclosed'],
  ])('%s', (_, figures, unit, expected) => {
    expect(formatFigures(figures, unit)).toBe(expected);
  });
});

describe('figureLines', () => {
  it('groups figures by actor and metric, in first-seen order', () => {
    const lines = figureLines([
      fig('exact', 10, 'a', 'x', 'exchanges'),
      fig('roughly', 5, 'a', 'x'),
      fig('nearly', 5, 'b', 'x'),
      fig('over', 3, 'a', 'y'),
    ]);
    expect(lines.map((l) => [l.key, l.figures.length])).toEqual([
      ['x-exchanges', 1],
      ['x-accounts', 2],
      ['y-accounts', 1],
    ]);
  });
});
