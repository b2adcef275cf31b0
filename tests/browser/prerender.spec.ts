import { expect, test, type Page } from '@playwright/test';
import { frames } from './helpers';

// index.html carries a build-time picture of the bundled story (scripts/prerender.ts), so the
// timeline paints before any script runs; the app replaces it on its first render.

const pictureMarks = (page: Page) => page.locator('.prerender [data-mark="event"]');
const appMarks = (page: Page) =>
  page.getByRole('region', { name: 'Timeline' }).locator('[data-mark="event"][role="button"]');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const)
    test(`the page still shows the story and its timeline at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await expect(
        page.locator('.prerender:visible h1', { hasText: 'The fight over AI distillation' }),
      ).toHaveCount(1);
      const visible = page.locator('.prerender:visible [data-mark="event"]');
      expect(await visible.count()).toBeGreaterThan(5);
      // A picture, not controls: nothing in it can be focused or clicked.
      await expect(page.locator('.prerender:visible')).toHaveAttribute('inert', '');
    });
});

test('the app replaces the picture, with no layout shift, at 1280 and 375 px', async ({ page }) => {
  for (const [width, height] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number }[]) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    await expect(appMarks(page).first()).toBeVisible();
    await expect(pictureMarks(page)).toHaveCount(0);
    // Shifts are reported after the frames they happen in: give the app 20 more frames.
    await frames(page, 20);
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    expect(shift, `cumulative layout shift at ${width} px`).toBeLessThan(0.01);
  }
});

for (const query of ['?data=missing.json', '?embed=1', '?lanes=1', '?theme=dark'])
  test(`the picture is never shown for ${query}`, async ({ page }) => {
    await page.goto(`./${query}`);
    // Hidden before the first paint by boot.js, whatever the app then draws.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.prerender')].some((el) => el.getClientRects().length > 0),
    );
    expect(shown).toBe(false);
    await expect(page.locator('html')).toHaveClass(/no-prerender/);
  });

for (const [width, height, touch] of [
  [1280, 800, false],
  [375, 812, true],
] as const)
  test(`a tap on the picture before the app runs is kept, and opens its details, at ${width} px`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: touch,
      isMobile: touch,
      baseURL: String(test.info().project.use.baseURL),
    });
    const page = await context.newPage();
    // The app's code is held back until the tap is in: the page is only the picture meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not `load`: the page cannot finish loading while its code is held.
    await page.goto('./', { waitUntil: 'commit' });
    const mark = page.locator('.prerender:visible [data-mark="event"]').nth(2);
    const id = await mark.getAttribute('data-event-id');
    const box = await mark.locator('.mark-hit').boundingBox();
    if (!box || !id) throw new Error('no mark in the picture');
    const [x, y] = [box.x + Math.min(12, box.width / 2), box.y + box.height / 2];
    if (touch) await page.touchscreen.tap(x, y);
    else await page.mouse.click(x, y);
    // Answered at once: the tapped mark is drawn chosen in the picture.
    await expect(mark).toHaveClass(/is-selected/);
    await expect(page.locator('.prerender:visible .mark.is-selected')).toHaveCount(1);
    release();
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(appMarks(page).first()).toBeVisible();
    // The mark's label, its lines read in order, is the title.
    const lines = await page
      .locator(`#root > .page [data-mark="event"][data-event-id="${id}"] .mark-label tspan`)
      .allTextContents();
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(lines.join(' '));
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
    await context.close();
  });

for (const [width, height] of [
  [1280, 800],
  [375, 812],
] as const)
  test(`the app draws its marks where the picture drew them (no jump when it takes over) at ${width} px`, async ({
    browser,
  }) => {
    const options = {
      viewport: { width, height },
      baseURL: String(test.info().project.use.baseURL),
    };
    const boxes = async (page: Page, scope: string) =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll(`${s} [data-mark="event"] .mark-hit`)].flatMap((el) => {
            const r = el.getBoundingClientRect();
            // The picture for the other width is not displayed.
            if (r.width === 0) return [];
            const id = el.closest('[data-event-id]')?.getAttribute('data-event-id') ?? '';
            return [{ id, x: Math.round(r.x), y: Math.round(r.y) }];
          }),
        scope,
      );
    // Replacing the picture is not a layout shift to the browser (new elements): compare.
    const held = await browser.newContext(options);
    const picturePage = await held.newPage();
    await picturePage.route(/\/assets\/index-[^/]+\.js$/, () => undefined);
    await picturePage.goto('./', { waitUntil: 'commit' });
    await expect(
      picturePage.locator('.prerender:visible [data-mark="event"]').first(),
    ).toBeVisible();
    const picture = await boxes(picturePage, '.prerender');
    await held.close();
    const live = await browser.newContext(options);
    const appPage = await live.newPage();
    await appPage.goto('./');
    await expect(appMarks(appPage).first()).toBeVisible();
    const app = await boxes(appPage, '#root > .page');
    await live.close();
    expect(picture.length).toBeGreaterThan(5);
    for (const mark of app) expect(picture, `mark ${mark.id}`).toContainEqual(mark);
  });

test('boot.js leaves ICU to the app where the picture is shown, so the picture paints first', async ({
  page,
}) => {
  // The first Intl formatter loads ICU's data (30–80 ms). boot.js's warm-up timer comes on a
  // frame drawn while the page is still parsed: on the picture's page it would hold the
  // picture's first paint back. The first formatter must come from the app's code instead.
  await page.addInitScript(() => {
    const w = window as unknown as { firstIntl: string | null };
    w.firstIntl = null;
    const seen = () => (w.firstIntl ??= new Error().stack ?? '');
    Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
      construct: (real, args) => (seen(), Reflect.construct(real, args) as object),
      apply: (real, self, args) => (seen(), Reflect.apply(real, self, args) as unknown),
    });
  });
  await page.goto('./');
  await expect(appMarks(page).first()).toBeVisible();
  const stack = await page.evaluate(() => (window as unknown as { firstIntl: string }).firstIntl);
  expect(stack, 'a first Intl.DateTimeFormat').toBeTruthy();
  expect(stack, 'made by the app (assets/), not by the page’s inline boot script').toMatch(
    /\/assets\/[\w-]+\.js/,
  );
});
