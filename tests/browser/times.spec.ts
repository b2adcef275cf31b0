import { openStory, test } from './fixtures';
import { expect, type Page } from '@playwright/test';

// A story told on Berlin's clock, read in New York: the page must show Berlin's times.
test.use({ timezoneId: 'America/New_York' });

const base = {
  language: 'en',
  title: 'How the day unfolded',
  dek: 'Twelve moments of one day.',
  credit: 'Test desk',
  groups: [{ id: 'desk', label: 'Desk', color: '#0072B2' }],
  actors: [{ id: 'desk', name: 'Desk', group: 'desk' }],
  sources: [
    { id: 'wire', outlet: 'Wire', title: null, date: null, url: null, description: 'A wire.' },
  ],
};

const event = (i: number, title: string, date: object) => ({
  id: `e${i}`,
  title,
  summary: `What happened at step ${i}.`,
  date,
  actors: ['desk'],
  kind: 'statement',
  attribution: 'Wire reports',
  citations: [{ source: 'wire', quote: `Step ${i}.` }],
});

const TIMES = [
  '06:10',
  '07:25',
  '08:40',
  '09:55',
  '11:10',
  '12:25',
  '13:40',
  '15:05',
  '16:50',
  '18:15',
  '21:30',
  '23:40',
];
const DAY_TITLES = [
  'Storm warning issued',
  'Schools close',
  'Trains stop',
  'River rises',
  'Bridge shut',
  'Power fails',
  'Army called in',
  'Dam holds',
  'Rain eases',
  'Roads reopen',
  'Power back',
  'Warning lifted',
];
const dayStory = {
  ...base,
  timeZone: 'Europe/Berlin',
  events: TIMES.map((t, i) =>
    event(i, DAY_TITLES[i] ?? '', { precision: 'time', date: `2025-03-14T${t}` }),
  ),
};

const YEARS = ['1820', '1851', '1889', '1914', '1951', '1985'];
const yearStory = {
  ...base,
  title: 'Two centuries',
  events: YEARS.map((y, i) => event(i, `Milestone of ${y}`, { precision: 'year', year: y })),
};

const serve = openStory;

const marks = (page: Page) =>
  page.getByRole('region', { name: 'Timeline' }).locator('[data-mark="event"]');

/** Each mark's date line and its title as drawn (its lines joined). */
const drawn = (page: Page) =>
  marks(page).evaluateAll((els) =>
    els.map((g) => ({
      date: g.querySelector('.mark-date')?.textContent ?? '',
      title: [...g.querySelectorAll('.mark-label tspan')].map((t) => t.textContent).join(' '),
      cut: g.querySelector('title') !== null,
    })),
  );
const ticks = (page: Page) =>
  page
    .getByRole('region', { name: 'Timeline' })
    .locator('text.tick')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').filter(Boolean));

for (const [w, h] of [
  [1280, 800],
  [375, 812],
] as const) {
  test(`a day of 12 timed events at ${w} px: every title whole, Berlin times on marks and axis`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await serve(page, 'day.json', dayStory);
    await expect(marks(page)).toHaveCount(12);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const seen = await drawn(page);
    expect(seen.map((m) => m.date)).toEqual(TIMES.map((t) => `${t} CET`));
    expect(seen.map((m) => m.title)).toEqual(DAY_TITLES);
    expect(seen.filter((m) => m.cut)).toEqual([]);
    const labels = await ticks(page);
    expect(labels.filter((l) => /^\d{2}:\d{2}$/.test(l)).length).toBeGreaterThanOrEqual(3);
    // The details give the whole date, on the story's clock.
    await marks(page).first().click();
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
      '14 March 2025 at 06:10 CET',
    );
  });

  test(`a sheet of year-only dates at ${w} px shows the years`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await serve(page, 'years.json', yearStory);
    await expect(marks(page)).toHaveCount(YEARS.length);
    const seen = await drawn(page);
    expect(seen.map((m) => m.date)).toEqual(YEARS);
    const labels = await ticks(page);
    expect(labels.length).toBeGreaterThan(1);
    // Years only, at any width: the phone's rail, stretched around a crowded year, ticks in no
    // day or month that no date of the story names. Decades on the desk's axis.
    expect(labels.filter((l) => !/^\d{4}$/.test(l))).toEqual([]);
    if (w > 600) expect(labels.every((l) => Number(l) % 10 === 0)).toBe(true);
  });
}
