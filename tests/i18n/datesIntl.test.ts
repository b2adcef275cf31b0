import { afterAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n/catalog';
import { en } from '../../src/i18n/messages/en';
import de from '../../src/i18n/messages/de';
import ar from '../../src/i18n/messages/ar';
import zh from '../../src/i18n/messages/zh';
import ja from '../../src/i18n/messages/ja';
import fr from '../../src/i18n/messages/fr';
import es from '../../src/i18n/messages/es';
import type { EventDate } from '../../src/data/schema';
import { formatFigure, formatFigures } from '../../src/timeline/figures';
import { durationLabel } from '../../src/timeline/breaks';
import { pinTimeZone } from '../fixtures/story';
import { formatEventDate, markDate, precisionNote } from '../../src/data/dateFormat';

// A reader far west of UTC: no date may move a day.
pinTimeZone('America/Los_Angeles');
afterAll(() => setLanguage('en', en));

const day: EventDate = { precision: 'day', date: '2026-06-10' };
const month: EventDate = { precision: 'month', month: '2026-02' };
const range: EventDate = { precision: 'range', start: '2026-04-22', end: '2026-06-05' };
const aboutMonth: EventDate = {
  precision: 'approximate',
  start: '2026-04-01',
  end: '2026-04-30',
  basis: 'b',
};
const aboutDays: EventDate = {
  precision: 'approximate',
  start: '2026-06-12',
  end: '2026-06-24',
  basis: 'b',
};

describe.each([
  [
    'de',
    de,
    ['10. Juni 2026', 'Februar 2026', '22. April – 5. Juni 2026', 'etwa April 2026'],
    ['etwa 12.–24. Juni 2026', '22. April bis 5. Juni 2026', '10. Juni', 'etwa 12.–24. Juni'],
  ],
  [
    'ar',
    ar,
    ['10 يونيو 2026', 'فبراير 2026', '22 أبريل – 5 يونيو 2026', 'نحو أبريل 2026'],
    ['نحو 12–24 يونيو 2026', 'من 22 أبريل إلى 5 يونيو 2026', '10 يونيو', 'نحو 12–24 يونيو'],
  ],
  [
    'zh',
    zh,
    ['2026年6月10日', '2026年2月', '2026年4月22日 – 6月5日', '约2026年4月'],
    ['约2026年6月12日 – 24日', '2026年4月22日至6月5日', '6月10日', '约6月12日 – 24日'],
  ],
  [
    'ja',
    ja,
    ['2026年6月10日', '2026年2月', '2026年4月22日～6月5日', '2026年4月頃'],
    ['2026年6月12日～24日頃', '2026年4月22日から6月5日まで', '6月10日', '6月12日～24日頃'],
  ],
] as const)('dates in %s, by Intl, in UTC', (lang, catalog, written, more) => {
  it('writes every precision as the language does', () => {
    setLanguage(lang, catalog);
    expect([day, month, range, aboutMonth].map((d) => formatEventDate(d))).toEqual(written);
    expect(formatEventDate(aboutDays)).toBe(more[0]);
  });
  it('says a range aloud with the language’s word for “to”', () => {
    setLanguage(lang, catalog);
    expect(formatEventDate(range, true)).toBe(more[1]);
  });
  it('drops the year on the marks', () => {
    setLanguage(lang, catalog);
    expect(markDate(day)).toBe(more[2]);
    expect(markDate(aboutDays)).toBe(more[3]);
  });
  it('names the precision, durations and figures in the language', () => {
    setLanguage(lang, catalog);
    expect(precisionNote('day')).toBe(
      typeof catalog['date.day'] === 'string' && catalog['date.day'],
    );
    expect(durationLabel(7 * 7 * 86_400_000)).not.toMatch(/weeks/);
    expect(formatFigure({ value: 28_800_000, qualifier: 'exact' })).not.toMatch(/million/);
    expect(formatFigures([{ value: null, qualifier: 'not-disclosed' }])).toBe(
      catalog['figure.undisclosed'],
    );
  });
});

describe('figures in German', () => {
  it('writes millions compactly and groups thousands the German way', () => {
    setLanguage('de', de);
    expect(formatFigure({ value: 28_800_000, qualifier: 'exact' })).toBe('28,8 Millionen');
    expect(formatFigure({ value: 150_000, qualifier: 'over' })).toBe('über 150.000');
    expect(
      formatFigures([
        { value: 25_000, qualifier: 'roughly' },
        { value: 25_000, qualifier: 'nearly' },
      ]),
    ).toBe('rund / fast 25.000 (Angaben abweichend)');
  });
});

describe('a range said aloud in its language’s frame (issue 28)', () => {
  const range: EventDate = { precision: 'range', start: '2026-04-22', end: '2026-06-05' };
  it.each([
    ['fr', fr, 'du 22 avril au 5 juin 2026'],
    ['es', es, 'del 22 de abril al 5 de junio de 2026'],
    ['ja', ja, '2026年4月22日から6月5日まで'],
  ] as const)('%s: %s', (lang, catalog, spoken) => {
    setLanguage(lang, catalog);
    expect(formatEventDate(range, true)).toBe(spoken);
  });
});
