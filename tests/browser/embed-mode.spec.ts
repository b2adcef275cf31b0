import { test } from './fixtures';
import { expect } from '@playwright/test';

const ticks = (page: import('@playwright/test').Page) =>
  page.locator('.axis .tick').allTextContents();

test('in embed mode a plain wheel scrolls the page, Ctrl + wheel zooms', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('./?embed=1');
  const svg = page.locator('.timeline-svg');
  await expect(svg).toBeVisible();
  const before = await ticks(page);
  const box = await svg.boundingBox();
  if (!box) throw new Error('no timeline');
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(page.getByText('Use Ctrl + scroll to zoom')).toBeVisible();
  expect(await ticks(page)).toEqual(before);
  await page.evaluate(() => window.scrollTo(0, 0));
  const box2 = await svg.boundingBox();
  if (!box2) throw new Error('no timeline');
  await page.mouse.move(box2.x + box2.width / 2, box2.y + 60);
  await page.keyboard.down('Control');
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await expect.poll(() => ticks(page)).not.toEqual(before);
});

test('embed mode is compact and links to the full timeline in a new tab', async ({ page }) => {
  await page.goto('./?embed=1&event=letter&bg=transparent');
  // A one-line title (the frame's h1), no dek.
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('The fight over AI distillation attacks, 2026');
  expect((await title.boundingBox())!.height).toBeLessThanOrEqual(32);
  await expect(page.getByText(/^How Anthropic's accusations/)).toHaveCount(0);
  const link = page.getByRole('link', { name: /Full timeline/ });
  await expect(link).toHaveAttribute('target', '_blank');
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toContain('event=letter');
  expect(href).not.toContain('embed=1');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
  await expect(page.getByRole('button', { name: 'Embed', exact: true })).toHaveCount(0);
});

test('the Embed dialog gives code for the current view, copies it, previews it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?event=letter&actors=anthropic,senate');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  const script = dialog.getByRole('textbox', { name: 'Script embed (self-sizing)' });
  await expect(script).toHaveValue(/data-timeline-embed/);
  await expect(script).toHaveValue(/embed=1/);
  await expect(script).toHaveValue(/event=letter/);
  await expect(script).toHaveValue(/actors=anthropic,senate/);
  await expect(script).toHaveValue(/embed\.js/);
  const iframe = dialog.getByRole('textbox', { name: 'Iframe only' });
  await expect(iframe).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/graphics\/distillation\/\?/,
  );
  await dialog.getByRole('button', { name: 'Copy iframe only' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe /);
  await dialog.getByRole('radio', { name: '320 px' }).check();
  await expect(dialog.locator('.preview-frame')).toHaveCSS('width', '320px');
  const frame = page.frameLocator('.preview-frame iframe');
  await expect(
    frame.getByRole('heading', {
      level: 2,
      name: "Anthropic's letter to the Senate Banking Committee",
    }),
  ).toBeVisible();

  // The editor's choices go into the code and the preview at once.
  // (The view's URL, not the fallback picture's own width and height.)
  await expect(script).not.toHaveValue(/[?&](parts|height|theme|plain)=/);
  await dialog.getByRole('checkbox', { name: 'Title', exact: true }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Campaign chart' }).check();
  await expect(script).toHaveValue(/parts=controls,timeline,details,chart,footer/);
  await dialog.getByRole('radio', { name: 'Fixed' }).check();
  await dialog.getByRole('spinbutton', { name: 'Fixed height in pixels' }).fill('600');
  await expect(iframe).toHaveValue(/height=600/);
  await expect(iframe).toHaveValue(/ height="600"/);
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await dialog.getByRole('checkbox', { name: /^Plain/ }).check();
  await expect(script).toHaveValue(/theme=dark/);
  await expect(script).toHaveValue(/plain=1/);
  const preview = dialog.getByTitle(/^Preview:/);
  await expect(preview).toHaveAttribute('src', /height=600/);
  await expect(preview).toHaveAttribute('height', '600');
  await expect(frame.getByRole('heading', { name: /How big were the campaigns/ })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('plain=1 drops the title and the credit; transparent=1 takes the host background', async ({
  page,
}) => {
  await page.goto('./?embed=1&plain=1&transparent=1');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Timeline controls' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Full timeline/ })).toHaveCount(0);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgba(0, 0, 0, 0)');
});

test('parts= keeps the order given and names unknown parts in a notice', async ({ page }) => {
  await page.goto('./?embed=1&parts=details,timeline,chart,map');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByText(/unknown part “map”/)).toBeVisible();
  const chart = page.getByRole('heading', { name: /How big were the campaigns/ });
  await expect(chart).toBeVisible();
  const top = async (name: string) =>
    (await page.getByRole('region', { name }).boundingBox())?.y ?? NaN;
  expect(await top('Event details')).toBeLessThan(await top('Timeline'));
  expect(await top('Timeline')).toBeLessThan((await chart.boundingBox())!.y);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
});
