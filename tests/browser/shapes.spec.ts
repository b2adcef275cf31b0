import { importedStory, openStory, storyOf, test, type SlideSpec } from './fixtures';
import { expect, type Page } from '@playwright/test';

// Stories of other shapes than the bundled one, generated here: a handful of events, long
// headlines, two centuries with breaks, and media from other sites.

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const marks = (page: Page) => timeline(page).locator('[data-mark="event"]');

const day = (y: number, m: number, d: number) => ({
  precision: 'day',
  date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
});

/** Blank pixels between the lowest mark's text and the track's end (the axis under it). */
const blankUnderMarks = (page: Page) =>
  timeline(page).evaluate((region) => {
    const svg = region.querySelector('svg');
    if (!svg) return Infinity;
    const lowest = Math.max(
      ...[...svg.querySelectorAll('[data-mark="event"] text')].map(
        (t) => t.getBoundingClientRect().bottom,
      ),
    );
    // The desk's axis labels are the track's floor; the phone's rail ends with the svg.
    const ticks = [...svg.querySelectorAll('text.tick')].map((t) => t.getBoundingClientRect().top);
    const floor = region.classList.contains('timeline--vertical')
      ? svg.getBoundingClientRect().bottom
      : Math.max(...ticks.filter((y) => y > lowest), lowest);
    return Math.round(floor - lowest);
  });

const FIVE = storyOf(
  [
    ['Council votes on the plan', day(2025, 1, 14)],
    ['Court hears the appeal', day(2025, 2, 3)],
    ['Minister resigns', day(2025, 2, 27)],
    ['Inquiry opens', day(2025, 4, 8)],
    ['Report published', day(2025, 5, 20)],
  ].map(([title, date]) => ({ title: title as string, date: date as Record<string, string> })),
  'Five events',
);

/** 18 headlines of 100–120 characters over three months. */
const LONG_WORDS =
  'officials said on the record that the agreement reached late on Tuesday would be reviewed by the committee before the vote next week'.split(
    ' ',
  );
const longTitle = (i: number) => {
  const words = [`Headline ${i + 1}:`];
  let k = i;
  while (words.join(' ').length < 100 + (i % 3) * 8)
    words.push(LONG_WORDS[k++ % LONG_WORDS.length] ?? '');
  return words.join(' ').slice(0, 120);
};
const LONG = storyOf(
  Array.from({ length: 18 }, (_, i) => ({
    title: longTitle(i),
    date: {
      precision: 'day',
      date: new Date(Date.UTC(2025, 2, 1 + i * 5)).toISOString().slice(0, 10),
    },
  })),
  'Long headlines',
);

for (const [w, h] of [
  [1280, 800],
  [375, 812],
] as const) {
  test.describe(`at ${w} px`, () => {
    test.use({ viewport: { width: w, height: h } });

    test('five events: the track is as tall as its marks need', async ({ page }) => {
      await openStory(page, 'five.json', FIVE);
      await expect(marks(page)).toHaveCount(5);
      const blank = await blankUnderMarks(page);
      console.log(`five events at ${w} px: ${blank} px blank under the lowest mark`);
      expect(blank).toBeLessThanOrEqual(140);
    });

    test('long headlines: at least half whole at the opening view, the rest on focus', async ({
      page,
    }) => {
      await openStory(page, 'long.json', LONG);
      // Titles a cluster hides are not whole.
      await expect(marks(page).first()).toBeVisible();
      const drawn = await marks(page).evaluateAll((els) =>
        els.map((g) =>
          [...g.querySelectorAll('.mark-label tspan')].map((t) => t.textContent).join(' '),
        ),
      );
      const titles = Array.from({ length: 18 }, (_, i) => longTitle(i));
      const whole = drawn.filter((d) => titles.includes(d)).length;
      console.log(`long headlines at ${w} px: ${whole} of 18 whole at the opening view`);
      // Was 0 of 18 at 1280 px, then 8; 14 since cut titles try taller and wider shapes in turn
      // (wholeTitles.ts). The issue asks for half (9).
      expect(whole).toBeGreaterThanOrEqual(14);
    });
  });
}

/** Two centuries in a sheet: years, a month, a day, an approximate window, long gaps. */
const CENTURIES: SlideSpec[] = [
  { start: { year: '1815' }, headline: 'Congress of Vienna ends' },
  { start: { year: '1848' }, headline: 'Revolutions across Europe' },
  { start: { year: '1871' }, headline: 'Empire proclaimed' },
  { start: { year: '1914', month: '6', day: '28' }, headline: 'Archduke shot in Sarajevo' },
  { start: { year: '1918', month: '11', day: '11' }, headline: 'Armistice signed' },
  { start: { year: '1936', month: '3' }, headline: 'Troops enter the Rhineland' },
  { start: { year: '1939', month: '9', day: '1' }, headline: 'Invasion of Poland' },
  {
    start: { year: '1943', month: '7' },
    end: { year: '1943', month: '7', day: '10' },
    displayDate: 'about 1 July 1943',
    headline: 'Landings in Sicily',
  },
  { start: { year: '1945', month: '5', day: '8' }, headline: 'War ends in Europe' },
  { start: { year: '1961', month: '8', day: '13' }, headline: 'Wall goes up' },
  { start: { year: '1985' }, headline: 'A new course announced' },
];

test.describe('an imported sheet', () => {
  test('without sources of its own reads without filler', async ({ page }) => {
    await openStory(page, 'sheet.json', importedStory(CENTURIES, 'old-timeline.json'));
    await expect(marks(page)).toHaveCount(CENTURIES.length);
    // One actor: no menu to say "Actors: all 1".
    await expect(page.getByRole('button', { name: /^Actors:/ })).toHaveCount(0);
    // By keyboard: the neighbouring titles' hit areas overlap the first mark's.
    await marks(page).first().press('Enter');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details).toContainText('Congress of Vienna ends');
    await expect(details.getByRole('heading', { name: /^Sources/ })).toHaveCount(0);
    await expect(details.locator('.actor-tag')).toHaveCount(0);
    await expect(details).not.toContainText('Ungrouped');
    await expect(details).not.toContainText('old-timeline');
    // The file is named once, in the credit line.
    const footer = page.locator('footer.story-footer');
    await expect(footer).toContainText('Imported from the TimelineJS file old-timeline');
    await expect(footer.getByText(/old-timeline/)).toHaveCount(1);
  });

  test.describe('on the phone', () => {
    test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

    test("a break's label overprints no tick, date or title", async ({ page }) => {
      await openStory(page, 'sheet.json', importedStory(CENTURIES));
      await expect(marks(page)).toHaveCount(CENTURIES.length);
      const overlaps = await timeline(page).evaluate((region) => {
        const box = (e: Element) => e.getBoundingClientRect();
        const labels = [...region.querySelectorAll('.axis-break-label')].map(box);
        const others = [
          ...region.querySelectorAll('text.tick, .mark-date, .mark-label tspan, .annotation-text'),
        ].map(box);
        const hit = (a: DOMRect, b: DOMRect) =>
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1;
        return labels.length === 0
          ? -1
          : labels.reduce((n, l) => n + others.filter((o) => hit(l, o)).length, 0);
      });
      console.log(`phone break labels: ${overlaps} overlapping boxes`);
      expect(overlaps).toBe(0);
    });
  });
});

for (const [w, h] of [
  [1280, 800],
  [375, 812],
] as const)
  test(`at ${w} px every mark's name starts with the words it shows (WCAG 2.5.3)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await openStory(page, 'five.json', FIVE);
    await expect(marks(page)).toHaveCount(5);
    const seen = await marks(page).evaluateAll((els) =>
      els.map((g) => ({
        name: g.getAttribute('aria-label') ?? '',
        shown: [g.querySelector('.mark-date'), ...g.querySelectorAll('.mark-label tspan')]
          .map((t) => t?.textContent ?? '')
          .join(' '),
      })),
    );
    for (const { name, shown } of seen) expect(name.startsWith(shown)).toBe(true);
  });

for (const [w, h] of [
  [1280, 800],
  [768, 1024],
] as const)
  test.describe(`long headlines at ${w} px`, () => {
    test.use({ viewport: { width: w, height: h } });

    test('a cut title shows whole, over its neighbours, while its mark has keyboard focus', async ({
      page,
    }) => {
      await openStory(page, 'long.json', LONG);
      await expect(marks(page).first()).toBeVisible();
      const titles = Array.from({ length: 18 }, (_, i) => longTitle(i));
      const cutIds = await marks(page).evaluateAll(
        (els, all) =>
          els
            .filter((g) => {
              const drawn = [...g.querySelectorAll('.mark-label tspan')]
                .map((t) => t.textContent)
                .join(' ');
              const hidden = g.classList.contains('is-off-view');
              return hidden || !all.includes(drawn);
            })
            .map((g) => g.getAttribute('data-event-id')),
        titles,
      );
      console.log(`long headlines at ${w} px: ${cutIds.length} cut at the opening view`);
      // By keyboard: Tab to the timeline's marks, then the arrow keys through every event.
      await marks(page).first().focus();
      await page.keyboard.press('Home');
      let checked = 0;
      for (let i = 0; i < 18; i++) {
        const focused = page.locator('[data-mark="event"]:focus');
        await expect(focused).toHaveCount(1);
        const id = await focused.getAttribute('data-event-id');
        if (cutIds.includes(id)) {
          const title = titles[Number(id?.slice(1))];
          const full = timeline(page).locator('.full-title');
          await expect(full).toHaveCount(1);
          const seen = await full.evaluate((g, markId) => {
            const text = [...g.querySelectorAll('tspan')].map((t) => t.textContent).join(' ');
            const strip = g.querySelector('rect')!.getBoundingClientRect();
            const svg = g.closest('svg')!.getBoundingClientRect();
            const mark = document
              .querySelector(`[data-mark="event"][data-event-id="${markId}"] .mark-shape`)!
              .getBoundingClientRect();
            // What is painted at the middle of each line: the whole title, not another label.
            (g as SVGGElement).style.pointerEvents = 'auto';
            const onTop = [...g.querySelectorAll('tspan')].every((t) => {
              const b = t.getBoundingClientRect();
              const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
              return !!hit && g.contains(hit);
            });
            (g as SVGGElement).style.pointerEvents = '';
            const coversMark =
              mark.left < strip.right &&
              strip.left < mark.right &&
              mark.top < strip.bottom &&
              strip.top < mark.bottom;
            const inside =
              strip.left >= svg.left && strip.right <= svg.right && strip.bottom <= svg.bottom + 1;
            return { text, onTop, coversMark, inside };
          }, id);
          expect(seen.text).toBe(title);
          expect(seen.onTop).toBe(true);
          expect(seen.coversMark).toBe(false);
          expect(seen.inside).toBe(true);
          checked++;
        } else await expect(timeline(page).locator('.full-title')).toHaveCount(0);
        await page.keyboard.press('ArrowRight');
      }
      expect(checked).toBe(cutIds.length);
      expect(checked).toBeGreaterThan(0);
    });
  });
