import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, setLanguage, t } from '../../src/i18n/catalog';
import { en } from '../../src/i18n/messages/en';

afterEach(() => setLanguage('en', en));

describe('t', () => {
  it('fills placeholders and picks the plural form by n', () => {
    expect(t('search.matches', { n: 1 })).toBe('1 match');
    expect(t('search.matches', { n: 13 })).toBe('13 matches');
    expect(t('status.all', { n: 13, range: '26 January – 7 July 2026' })).toBe(
      'All 13 events, 26 January – 7 July 2026.',
    );
  });

  it('writes numbers in the language’s own way', () => {
    expect(t('search.more', { n: 25000 })).toBe('…and 25,000 more, highlighted on the timeline');
    setLanguage('de', { ...en, 'search.more': '… und {n} weitere' });
    expect(t('search.more', { n: 25000 })).toBe('… und 25.000 weitere');
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('uses the language’s plural rules (Arabic has six forms)', () => {
    setLanguage('ar', {
      ...en,
      'duration.day': {
        zero: 'z {n}',
        one: 'o {n}',
        two: 't {n}',
        few: 'f {n}',
        many: 'm {n}',
        other: 'x {n}',
      },
    });
    expect([0, 1, 2, 3, 11, 100].map((n) => t('duration.day', { n }))).toEqual([
      'z 0',
      'o 1',
      't 2',
      'f 3',
      'm 11',
      'x 100',
    ]);
  });
});
