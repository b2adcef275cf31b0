import { test } from './fixtures';
import { expect } from '@playwright/test';

// "The record and its languages", points 7, 9 and 10: the phone's rail in Arabic, names and
// dates in the reader's language, the story's own words marked with their language.

test.describe('?lang=ar on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('the rail stands on the right, every title ending at it, each line in its own order', async ({
    page,
  }) => {
    await page.goto('./?lang=ar');
    const svg = page.locator('.timeline-svg--vertical');
    await expect(svg.locator('.mark-label').first()).toBeVisible();
    const figures = await svg.evaluate((el) => {
      const rail = el.querySelector('.axis-line')!.getBoundingClientRect();
      const railX = rail.left + rail.width / 2;
      const labels = [...el.querySelectorAll('.mark-label')].map((t) => t.getBoundingClientRect());
      const ticks = [...el.querySelectorAll('.tick')].map((t) => t.getBoundingClientRect());
      // An English line ending in a comma keeps the comma at its end (right of its first letter).
      const line = [...el.querySelectorAll('.mark-label tspan')].find((t) =>
        /^[A-Za-z].*,$/.test(t.textContent ?? ''),
      ) as SVGTextContentElement | undefined;
      const n = line?.getNumberOfChars() ?? 0;
      return {
        width: window.innerWidth,
        railX,
        labelRights: labels.map((r) => r.right),
        labelLefts: labels.map((r) => r.left),
        tickRights: ticks.map((r) => r.right),
        commaAtEnd: line
          ? line.getStartPositionOfChar(n - 1).x > line.getStartPositionOfChar(0).x
          : null,
      };
    });
    expect(figures.railX).toBeGreaterThan(figures.width * 0.75);
    for (const right of figures.labelRights) {
      expect(right).toBeLessThan(figures.railX);
      expect(right).toBeGreaterThan(figures.railX - 40);
    }
    for (const left of figures.labelLefts) expect(left).toBeGreaterThanOrEqual(0);
    // Dates stand at the outer edge, beyond the rail.
    for (const right of figures.tickRights) expect(right).toBeGreaterThan(figures.railX + 20);
    expect(figures.commaAtEnd).toBe(true);
  });

  test('a tap on a title on the mirrored rail opens that event', async ({ page }) => {
    await page.goto('./?lang=ar');
    const title = page.locator('.timeline-svg--vertical .mark-label', {
      hasText: 'Banking Committee',
    });
    await title.tap();
    await expect(page.locator('#details-title')).toHaveText(/Senate Banking Committee/);
  });
});

test.describe('names and dates in the reader’s language', () => {
  test('?lang=ja: a mark’s name is framed in Japanese, its English title marked as English', async ({
    page,
  }) => {
    await page.goto('./?lang=ja');
    const mark = page.locator('[data-mark="event"][role="button"]', {
      hasText: 'Banking Committee',
    });
    const name = (await mark.first().getAttribute('aria-label')) ?? '';
    expect(name).toContain('。');
    expect(name).not.toMatch(/\. /);
    // The actors joined as Japanese joins a list, not with English commas.
    expect(name).not.toMatch(/[A-Za-z], [A-Z]/);
    await expect(mark.first().locator('.mark-label')).toHaveAttribute('lang', 'en');
    await mark.first().click();
    await expect(page.locator('#details-title')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.details-summary')).toHaveAttribute('lang', 'en');
  });

  test('?lang=de: the story is German, so nothing is marked as another language', async ({
    page,
  }) => {
    await page.goto('./?lang=de&event=letter');
    await expect(page.locator('#details-title')).not.toHaveAttribute('lang', /.+/);
  });

  test('?lang=fr: no English date label on the timeline; the last event’s date in French', async ({
    page,
  }) => {
    await page.goto('./?lang=fr');
    const svg = page.locator('.timeline-svg').first();
    await expect(svg.locator('.mark-label').first()).toBeVisible();
    await expect(svg).not.toContainText('reported on or after');
    await expect(svg).not.toContainText('by one account');
    await page.goto('./?lang=fr&event=intelligence-sharing');
    await expect(page.locator('.details-date')).toContainText('juin 2026');
    await expect(page.locator('.details-date')).not.toContainText('reported');
  });

  test('?lang=de: the story’s own German label stays', async ({ page }) => {
    await page.goto('./?lang=de&event=intelligence-sharing');
    await expect(page.locator('.details-date')).toContainText(
      'berichtet am oder nach dem 24. Juni 2026',
    );
  });
});

test.describe('a reader in Taiwan', () => {
  test.use({ locale: 'zh-TW' });

  test('gets traditional characters, not simplified, with no ?lang=', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.getByRole('button', { name: '清單', exact: true })).toBeVisible();
    await expect(page.locator('body')).toContainText('時間軸');
    await expect(page.locator('body')).not.toContainText('时间线');
    await expect(page.locator('body')).not.toContainText('列表');
  });
});

test('?lang=zh-HK: traditional characters, counts in 萬', async ({ page }) => {
  await page.goto('./?lang=zh-HK');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  const chart = page.locator('.campaigns');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.getByText('10萬', { exact: true }).first()).toBeVisible();
  await expect(chart.getByText('100,000', { exact: true })).toHaveCount(0);
});
