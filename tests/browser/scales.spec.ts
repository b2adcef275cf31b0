import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';

// Time scales: the bundled story opens with its quiet stretch shortened and labelled; the
// reader can switch to true time or an even sequence, and the choice lives in the URL.

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const scaleSelect = (page: Page) => page.getByLabel('Time scale');
const summary = (page: Page) => page.locator('#timeline-summary');

/** The event marks drawn whole, as titles a reader can see. */
const drawnTitles = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelectorAll('.timeline [data-mark="event"][role="button"] .mark-label').length,
  );

test('opens in shortened time with the break drawn and labelled, and switches scale', async ({
  page,
}) => {
  await page.goto('./');
  await expect(scaleSelect(page)).toHaveValue('breaks');
  await expect(timeline(page).getByText('7 weeks').first()).toBeVisible();
  // No cluster at the opening view: every event has its own mark and title.
  expect(await drawnTitles(page)).toBe(13);
  await expect(timeline(page).getByRole('button', { name: /^\+\d/ })).toHaveCount(0);

  await scaleSelect(page).selectOption('linear');
  await expect.poll(() => new URL(page.url()).searchParams.get('scale')).toBe('linear');
  await expect(timeline(page).getByText('7 weeks')).toHaveCount(0);
  await expect(timeline(page).getByText('Mar', { exact: true })).toBeVisible();

  await scaleSelect(page).selectOption('sequence');
  await expect.poll(() => new URL(page.url()).searchParams.get('scale')).toBe('sequence');
  // The time between neighbouring dates is written between them.
  await expect(timeline(page).getByText('2 days').first()).toBeVisible();

  // Back to the story's own scale: the parameter leaves the URL.
  await scaleSelect(page).selectOption('breaks');
  await expect.poll(() => new URL(page.url()).searchParams.has('scale')).toBe(false);
});

test('a link keeps its scale and its window; a wrong scale is named', async ({ page }) => {
  await page.goto('./?scale=linear&from=2026-06-01&to=2026-06-30');
  await expect(scaleSelect(page)).toHaveValue('linear');
  await expect(summary(page)).toContainText('1 – 30 June 2026');

  await page.goto('./?scale=sideways');
  await expect(page.getByRole('status').filter({ hasText: 'unknown time scale' })).toBeVisible();
  await expect(scaleSelect(page)).toHaveValue('breaks');
});

test('zoom acts on time in shortened time: Zoom in narrows the window around the centre', async ({
  page,
}) => {
  await page.goto('./');
  const before = await summary(page).textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(summary(page)).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(summary(page)).toHaveText(before ?? '');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('the vertical timeline shortens the same stretch, labelled beside the rail', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(timeline(page).getByText('7 weeks')).toBeVisible();
    expect(await drawnTitles(page)).toBe(13);
  });
});
