import AxeBuilder from '@axe-core/playwright';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page, skip: string[] = []) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).disableRules(skip).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const ready = async (page: Page, url = './') => {
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
};

test.describe('axe-core finds no violations', () => {
  // Each scan covers the whole page: on a loaded 2-core machine one has taken 23 s, near the
  // 30 s default, with retries off.
  test.describe.configure({ timeout: 60_000 });
  test('default', async ({ page }) => {
    await ready(page);
    expect(await violations(page)).toEqual([]);
  });
  test('event selected', async ({ page }) => {
    await ready(page, './?event=letter');
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
  test('list view', async ({ page }) => {
    await ready(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
  test('swimlanes', async ({ page }) => {
    await ready(page, './?lanes=1');
    expect(await violations(page)).toEqual([]);
  });
  test('dark theme', async ({ page }) => {
    await ready(page, './?theme=dark&event=alibaba-campaign');
    expect(await violations(page)).toEqual([]);
  });
  test('320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await ready(page, './?event=commerce-restrictions');
    expect(await violations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
  test('embed mode', async ({ page }) => {
    await ready(page, './?embed=1');
    expect(await violations(page)).toEqual([]);
  });
  test('embed dialog open', async ({ page }) => {
    await ready(page);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Embed this timeline' })).toBeVisible();
    // The dialog previews this very page in a frame, so its landmarks repeat the page's.
    expect(await violations(page, ['landmark-unique'])).toEqual([]);
  });
  test('story mode', async ({ page }) => {
    await ready(page, './?step=3');
    await expect(page.getByRole('region', { name: 'Guided story' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test('keyboard-only journey', async ({ page }) => {
  await ready(page);
  const focusedName = () =>
    page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.textContent ??
        '',
    );
  // Tab until the timeline's single tab stop is reached: at most 8 stops from the top.
  let stops = 0;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    stops += 1;
    const inTimeline = await page.evaluate(
      () => !!document.activeElement?.closest('[role="region"][aria-label="Timeline"]'),
    );
    if (inTimeline) break;
  }
  expect(stops).toBeLessThanOrEqual(8);
  expect(await focusedName()).toMatch(
    /^February (\(year assumed\) )?Anthropic names DeepSeek, Moonshot AI and MiniMax/,
  );
  await page.keyboard.press('ArrowRight');
  expect(await focusedName()).toMatch(/^about April White House memo/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedName()).toMatch(
    /^22 April – 5 June The campaign Anthropic attributes to Alibaba and Qwen/,
  );
  await page.keyboard.press('Enter');
  const heading = page
    .getByRole('region', { name: 'Event details' })
    .getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('The campaign Anthropic attributes to Alibaba and Qwen');
  await expect(page.getByRole('article').first()).toBeVisible();
  // Into the details, to a cross-link, and follow it.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inOthers = await page.evaluate(() => !!document.activeElement?.closest('.source-others'));
    if (inOthers) break;
  }
  const target = await page.evaluate(() => document.activeElement?.textContent ?? '');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(target);
  // Escape closes the details and returns focus to the event on the timeline.
  await page.keyboard.press('Escape');
  await expect(heading).toHaveCount(0);
  // The mark's name starts with the date it shows, then the title (label in name).
  await expect
    .poll(focusedName)
    .toMatch(new RegExp(`^\\S[^,]* ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[,.]`));
  // Zoom with keys, then show all.
  const ticks = () => page.locator('.axis .tick').allTextContents();
  const before = await ticks();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(ticks).not.toEqual(before);
  await page.keyboard.press('0');
  await expect.poll(ticks).toEqual(before);
  // Back to the actor filter with Shift+Tab alone, open it, and uncheck the House.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Shift+Tab');
    const onActors = await page.evaluate(
      () => document.activeElement?.textContent?.startsWith('Actors:') ?? false,
    );
    if (onActors) break;
  }
  await page.keyboard.press('Enter');
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const onHouse = await page.evaluate(
      () =>
        (document.activeElement as HTMLInputElement | null)
          ?.closest('label')
          ?.textContent?.startsWith('House') ?? false,
    );
    if (onHouse) break;
  }
  await page.keyboard.press('Space');
  await expect(
    page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /Huizenga and Kamlager-Dove/ }),
  ).toHaveCount(0);
  // The help lists the keys.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});
