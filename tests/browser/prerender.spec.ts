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
