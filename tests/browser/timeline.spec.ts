import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';
import { actorFilter, frames } from './helpers';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const ticks = (page: Page) => page.locator('.axis .tick').allTextContents();
const eventButtons = (page: Page) => timeline(page).locator('[data-mark="event"][role="button"]');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(eventButtons(page).first()).toBeVisible();
});

test('wheel zoom changes the axis and "Show all" restores it', async ({ page }) => {
  const before = await ticks(page);
  const box = await page.locator('.timeline-svg').boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -240);
  await expect.poll(() => ticks(page)).not.toEqual(before);
  const zoomed = await ticks(page);
  expect(zoomed.some((t) => /^\d{1,2}( \w{3})?$/.test(t))).toBe(true); // days or weeks now
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect.poll(() => ticks(page)).toEqual(before);
});

test('drag pans the view', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await ticks(page);
  const box = await page.locator('.timeline-svg').boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.move(box.x + 600, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 30, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => ticks(page)).not.toEqual(before);
});

test('unchecking an actor removes its events from the timeline and the overview', async ({
  page,
}) => {
  const all = await eventButtons(page).count();
  // The overview draws a tick per event (density bars for large stories).
  const density = () =>
    page.locator('.overview .density, .overview [data-overview-event][data-kind="tick"]').count();
  const bars = await density();
  await (await actorFilter(page)).getByRole('button', { name: 'Only Senate' }).click();
  // The Senate is party to the letter and to the amendment.
  await expect(eventButtons(page)).toHaveCount(2);
  await expect(
    timeline(page).getByRole('button', { name: /Hagerty and Kim prepare an NDAA amendment/ }),
  ).toBeVisible();
  expect(await density()).toBeLessThan(bars);
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect(timeline(page).getByText(/No events match the filter/)).toBeVisible();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect.poll(() => eventButtons(page).count()).toBeGreaterThanOrEqual(all);
  // An event stays while any of its actors is shown; the House bill has only the House.
  const bill = timeline(page).getByRole('button', {
    name: /Huizenga and Kamlager-Dove push a House bill/,
  });
  await expect(bill).toHaveCount(1);
  await page.getByRole('checkbox', { name: /^House/ }).uncheck();
  await expect(bill).toHaveCount(0);
});

test('selecting an event shows its source cards; a cross-link selects another', async ({
  page,
}) => {
  await timeline(page)
    .getByRole('button', { name: /^10 June Anthropic's letter to the Senate Banking Committee/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    "Anthropic's letter to the Senate Banking Committee",
  );
  await expect(details.getByText('10 June 2026')).toBeVisible();
  const cards = details.getByRole('article');
  await expect(cards).toHaveCount(3);
  await expect(cards.first().locator('blockquote').first()).toContainText('Tim Scott');
  await expect(details.getByRole('table', { name: 'Who received the letter' })).toContainText(
    'Multiple senators and White House officials',
  );
  await cards
    .first()
    .getByRole('button', { name: "Restrictions on Anthropic's Mythos and Fable models" })
    .click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText("Restrictions on Anthropic's Mythos and Fable models");
  await expect(page).toHaveURL(/event=commerce-restrictions/);
  await page.goBack();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText("Anthropic's letter to the Senate Banking Committee");
});

test('hovering a source card highlights the events it supports', async ({ page }) => {
  await timeline(page)
    .getByRole('button', { name: /Anthropic's letter to the Senate/ })
    .click();
  await page.getByRole('article').first().hover();
  await expect.poll(() => page.locator('.mark.is-highlighted').count()).toBeGreaterThan(3);
});

test('on a phone, time runs down the page and zooming stretches it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const svg = timeline(page).locator('svg.timeline-svg');
  await expect(svg).toHaveClass(/timeline-svg--vertical/);
  const height = async () => Number(await svg.getAttribute('height'));
  const before = await height();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(height).toBeGreaterThan(before);
  await expect(timeline(page).locator('[data-mark="cluster"]')).toHaveCount(0);
});

test('no horizontal page scroll at 375 px and at 1280 px', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    await expect
      .poll(() => page.evaluate(() => window.innerWidth), { message: 'the resize' })
      .toBe(width);
    await frames(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow, `at ${width}px`).toBeLessThanOrEqual(0);
  }
});

test('screenshots at 1280×800 and 375×740', async ({ page }, info) => {
  for (const [w, h] of [
    [1280, 800],
    [375, 740],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    // The page has the new width, and two frames to redraw for it, before the picture.
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(w);
    await frames(page);
    await page.screenshot({ path: info.outputPath(`timeline-${w}.png`) });
  }
  await timeline(page)
    .getByRole('button', { name: /Anthropic's letter to the Senate/ })
    .click();
  await page.screenshot({ path: info.outputPath('selected-375.png'), fullPage: true });
});

test('printing shows the filtered list of events with dates, actors and quotes', async ({
  page,
}) => {
  await (await actorFilter(page)).getByRole('button', { name: 'Only Senate' }).click();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const list = page.getByRole('list', { name: 'Events' });
  await expect(list).toBeVisible();
  await expect(list.locator(':scope > li')).toHaveCount(2);
  await expect(list).toContainText('10 June 2026');
  await expect(list).toContainText('Senator Bill Hagerty and Senator Andy Kim');
  await expect(page.locator('.track')).toBeHidden();
});
