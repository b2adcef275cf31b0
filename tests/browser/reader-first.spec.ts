import { readFileSync } from 'node:fs';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';

// The first screen reads as a news graphic: controls in one quiet row, the graphic right
// after the dek, every title whole, and the chosen event's details beside (desk) or over the
// bottom (phone) with its mark still in view. Checked at the sizes the reader-first issue names.

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
// Across, a mark's name starts with the date it shows (label in name); down the page, its title.
const LETTER = /(^|June )Anthropic's letter to the Senate Banking Committee,/;
const EVENTS = (
  JSON.parse(readFileSync('data/story.json', 'utf8')) as { events: readonly unknown[] }
).events.length;

/**
 * Titles drawn whole: the label's lines, read in order, are the title in the mark's name (after
 * the date the mark shows, across; first, down the page), shown, and with the date beside the
 * mark inside the track (a date the track cuts hides its title).
 */
async function wholeTitles(page: Page) {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('.timeline [data-mark="event"][role="button"]')];
    const track = document.querySelector('.timeline-svg')?.getBoundingClientRect();
    const left = Math.max(0, track?.left ?? 0) - 1;
    const right = Math.min(document.documentElement.clientWidth, track?.right ?? Infinity) + 1;
    const inside = (el: Element | null) => {
      if (!el || getComputedStyle(el).visibility === 'hidden') return false;
      const box = el.getBoundingClientRect();
      return box.left >= left && box.right <= right;
    };
    return marks.filter((g) => {
      const label = g.querySelector('.mark-label');
      const text = [...(label?.querySelectorAll('tspan') ?? [])]
        .map((t) => t.textContent)
        .join(' ');
      return (
        inside(label) &&
        inside(g.querySelector('.mark-date')) &&
        !text.includes('…') &&
        ((g.getAttribute('aria-label') ?? '').startsWith(`${text}, `) ||
          (g.getAttribute('aria-label') ?? '').startsWith(
            `${g.querySelector('.mark-date')?.textContent ?? ''} ${text}`,
          ))
      );
    }).length;
  });
}

/** Each event mark's place on the page, by id. */
async function markPlaces(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('.timeline [data-mark="event"][role="button"]')].map((g) => {
        const b = g.getBoundingClientRect();
        return [g.getAttribute('data-event-id'), [Math.round(b.left), Math.round(b.top)]];
      }),
    ),
  );
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the graphic comes first: one row of controls, the track by 280 px, the overview on screen', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(timeline(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Actors: all 14' })).toBeVisible();
    // The actor filter is one control: its 28 checkboxes and buttons wait in a popover.
    await expect(page.getByRole('checkbox', { name: /^Anthropic/ })).toBeHidden();
    const toolbar = await page.getByRole('group', { name: 'Timeline controls' }).boundingBox();
    expect(toolbar!.height).toBeLessThanOrEqual(56);
    const track = await timeline(page).locator('svg').boundingBox();
    expect(track!.y).toBeLessThanOrEqual(280);
    const overview = await page
      .getByRole('group', { name: 'Overview of the whole story' })
      .boundingBox();
    expect(overview!.y + overview!.height).toBeLessThanOrEqual(800);
  });

  test('every title is whole at the opening view: 13 of 13, no clusters', async ({ page }) => {
    await page.goto('./');
    await expect(timeline(page).getByRole('button', { name: LETTER })).toBeVisible();
    expect(await wholeTitles(page)).toBe(13);
    await expect(timeline(page).locator('[data-mark="cluster"]')).toHaveCount(0);
  });

  test('choosing an event shows its details beside it, moving no other mark', async ({ page }) => {
    await page.goto('./');
    const letter = timeline(page).getByRole('button', { name: LETTER });
    await expect(letter).toBeVisible();
    const before = await markPlaces(page);
    await letter.click();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText("Anthropic's letter to the Senate Banking Committee");
    await expect(heading).toBeInViewport();
    await expect(letter).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await markPlaces(page)).toEqual(before);
    // Zooming keeps the chosen event in view.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(letter).toBeInViewport();
    const box = await letter.boundingBox();
    const track = await timeline(page).locator('svg').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(track!.x - 1);
    expect(box!.x).toBeLessThanOrEqual(track!.x + track!.width);
    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect(heading).toHaveCount(0);
  });

  test('a skip link leads to the timeline, and the page has a main landmark', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('main')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the timeline' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[aria-label="Timeline"]') !== null),
      )
      .toBe(true);
  });
});

test.describe('at 768×1024 with touch', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('every event has a whole title on screen or is counted in a cluster shown', async ({
    page,
  }) => {
    const clusters = timeline(page).locator('[data-mark="cluster"]');
    await page.goto('./');
    await expect(timeline(page).getByRole('button', { name: LETTER })).toBeVisible();
    let counted = 0;
    for (const c of await clusters.all()) {
      await expect(c).toBeInViewport();
      counted += Number((await c.textContent())?.replace(/^\+/, ''));
    }
    // "Anthropic staff meet administration officials" lost its title to its date, which ran
    // 8 px past the track's end beside a title moved along its row.
    expect((await wholeTitles(page)) + counted).toBe(EVENTS);
  });
});

test.describe('at 375×812 with touch', () => {
  test.use({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  });

  test('the track starts by 330 px and every title is whole, time running down the page', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(timeline(page).getByRole('button', { name: LETTER })).toBeAttached();
    const track = await timeline(page).locator('svg').boundingBox();
    expect(track!.y).toBeLessThanOrEqual(330);
    expect(await wholeTitles(page)).toBe(13);
    await expect(timeline(page).locator('[data-mark="cluster"]')).toHaveCount(0);
  });

  test('a tap opens the details in a sheet that leaves the chosen mark in view', async ({
    page,
  }) => {
    await page.goto('./');
    const letter = timeline(page).getByRole('button', { name: LETTER });
    await letter.tap();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeInViewport();
    const sheet = await details(page).boundingBox();
    const mark = await letter.boundingBox();
    expect(mark!.y).toBeGreaterThanOrEqual(0);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(sheet!.y);
    // Long details scroll inside the sheet, not the page.
    expect(sheet!.height).toBeLessThanOrEqual(812 * 0.56);
    await details(page).getByRole('button', { name: 'Close details' }).tap();
    await expect(heading).toHaveCount(0);
  });

  test('a vertical swipe on the timeline scrolls the page', async ({ page }) => {
    await page.goto('./');
    const box = await timeline(page).locator('svg').boundingBox();
    // A finger down on the timeline, drawn 300 px up, through Chromium's own touch input.
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box!.x + box!.width / 2);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x, y: 650 }],
    });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [{ x, y: 650 - i * 30 }],
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(150);
  });

  test('the controls are one row: find folds into a field that opens over it', async ({ page }) => {
    await page.goto('./');
    const toolbar = page.getByRole('group', { name: 'Timeline controls' });
    const find = page.getByRole('searchbox', { name: 'Find an event' });
    const controls = [
      find,
      page.getByRole('button', { name: /^Actors:/ }),
      page.getByRole('button', { name: 'List', exact: true }),
      page.getByRole('button', { name: 'Story', exact: true }),
    ];
    const tops = [];
    for (const c of controls) tops.push((await c.boundingBox())!.y);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    expect((await toolbar.boundingBox())!.height).toBeLessThanOrEqual(64);
    await find.tap();
    await page.keyboard.type('letter');
    // Open, the field spans the row, and its matches list below it.
    expect((await find.boundingBox())!.width).toBeGreaterThan(300);
    await expect(page.getByRole('list', { name: 'Matching events' })).toBeVisible();
  });

  test('controls are thumb-sized: 44 px for the main ones, 24 px for all', async ({ page }) => {
    await page.goto('./');
    await expect(timeline(page)).toBeVisible();
    for (const name of [/^Actors:/, /^Story$/, /^Zoom in$/]) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box!.height, String(name)).toBeGreaterThanOrEqual(44);
      expect(box!.width, String(name)).toBeGreaterThanOrEqual(44);
    }
    const small = await page.evaluate(
      () =>
        [...document.querySelectorAll('button, input, a, [role="button"], [role="slider"]')]
          .map((el) => el.getBoundingClientRect())
          .filter((b) => b.width > 0 && (b.width < 24 || b.height < 24)).length,
    );
    expect(small).toBe(0);
  });
});
