import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { test } from './fixtures';
import { expect, type Download, type Page } from '@playwright/test';
import { actorFilter } from './helpers';

const chart = (page: Page) => page.getByRole('region', { name: 'How big were the campaigns?' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** Opens the Download menu if needed, chooses an item and returns the saved file. */
async function download(page: Page, name: string): Promise<{ file: Download; bytes: Buffer }> {
  const item = page.getByRole('button', { name });
  if (!(await item.isVisible()))
    await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(chart(page)).toBeVisible();
});

test('a campaign bar selects its event and highlights it on the timeline', async ({ page }) => {
  const bar = chart(page).getByRole('button', {
    name: 'Alibaba / Qwen, roughly / nearly 25,000 accounts (the accounts differ): 28.8 million exchanges. Show the event',
  });
  const mark = timeline(page).locator('[data-event-id="alibaba-campaign"][role="button"]');
  await bar.hover();
  await expect(mark).toHaveClass(/is-highlighted/);
  await page.mouse.move(5, 5);
  await expect(mark).not.toHaveClass(/is-highlighted/);
  await bar.click();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'The campaign Anthropic attributes to Alibaba and Qwen',
    }),
  ).toBeVisible();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
});

test('values keep their qualifiers: "over", "roughly / nearly" and "not disclosed"', async ({
  page,
}) => {
  await expect(chart(page).getByText('28.8 million', { exact: true })).toBeVisible();
  await expect(chart(page).getByText('over 13 million', { exact: true })).toBeVisible();
  await expect(
    chart(page).getByText('roughly / nearly 25,000 accounts (the accounts differ)'),
  ).toBeVisible();
  const moonshot = chart(page).getByRole('button', {
    name: 'Moonshot AI: exchanges not disclosed. Show the event',
  });
  await expect(moonshot).toContainText('not disclosed');
  // The citation describes the row: its outlet (or that none is stated) and the quote.
  await expect(moonshot).toHaveAccessibleDescription(/^Outlet not stated: .*Moonshot AI/);
});

test('the actor filter hides campaign rows, then says none are left', async ({ page }) => {
  const deepseek = chart(page).getByRole('button', { name: /^DeepSeek: over 150,000 exchanges/ });
  await expect(deepseek).toBeVisible();
  const filter = await actorFilter(page);
  await filter.getByRole('checkbox', { name: /^DeepSeek/ }).uncheck();
  await expect(deepseek).toHaveCount(0);
  await expect(chart(page).getByRole('button', { name: /^MiniMax/ })).toBeVisible();
  await filter.getByRole('button', { name: 'Only Anthropic' }).click();
  await expect(chart(page).getByRole('button')).toHaveCount(0);
  await expect(chart(page).getByText(/filter hides every campaign/)).toBeVisible();
});

test('the SVG download is a standalone image of the view', async ({ page }) => {
  const { file, bytes } = await download(page, 'Download image (SVG)');
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  const text = bytes.toString('utf8');
  // Labels of the marks on screen now (marks just off screen are kept in the DOM for panning).
  const labels = await page.evaluate(() => {
    const svg = document.querySelector('svg.timeline-svg');
    const box = svg?.getBoundingClientRect();
    if (!svg || !box) return [];
    return [...svg.querySelectorAll('[data-mark="event"] text')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.right > box.left && r.left < box.right;
      })
      .map((t) => t.textContent ?? '');
  });
  expect(labels.length).toBeGreaterThan(3);
  const parsed = await page.evaluate((svgText) => {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed.ns).toBe('http://www.w3.org/2000/svg');
  expect(parsed.texts).toContain('The fight over AI distillation attacks, 2026');
  expect(parsed.texts).toEqual(expect.arrayContaining(labels));
  expect(parsed.texts.some((t) => /^\d{1,2} \w+ – \d{1,2} \w+ 2026 · All actors$/.test(t))).toBe(
    true,
  );
  expect(parsed.texts.some((t) => t.startsWith('Sources: CNBC'))).toBe(true);
  // Self-contained: no stylesheet, classes or links to fetch.
  expect(text).not.toMatch(/class="|<link|@import|href="http/);
});

test('the PNG download is a PNG at twice the image size', async ({ page }) => {
  const svg = (await download(page, 'Download image (SVG)')).bytes.toString('utf8');
  const width = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
  const timelineWidth = await page.locator('svg.timeline-svg').evaluate((el) => el.clientWidth);
  expect(width).toBeGreaterThanOrEqual(timelineWidth);
  const { file, bytes } = await download(page, 'Download image (PNG)');
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngSize(bytes)).toEqual({ width: 2 * width, height: 2 * height });
});

test('data downloads hold the filtered events as a story (JSON) and a table (CSV)', async ({
  page,
}) => {
  const filter = await actorFilter(page);
  await filter.getByRole('button', { name: 'Only DeepSeek' }).click();
  const json = await download(page, 'Download data (JSON)');
  expect(json.file.suggestedFilename()).toMatch(/-filtered\.json$/);
  const story = JSON.parse(json.bytes.toString('utf8')) as {
    title: string;
    events: { id: string }[];
    actors: { id: string }[];
  };
  expect(story.title).toBe('The fight over AI distillation attacks, 2026');
  expect(story.events.map((e) => e.id).sort()).toEqual([
    'deepseek-blacklist-held',
    'february-disclosure',
  ]);
  expect(story.actors.map((a) => a.id)).toContain('deepseek');
  const csv = (await download(page, 'Download data (CSV)')).bytes.toString('utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('id,date,precision,start,end,title,actors,attribution,summary,sources');
  expect(
    lines.filter((l) => /^(deepseek-blacklist-held|february-disclosure),/.test(l)),
  ).toHaveLength(2);
});

test('the Download menu works from the keyboard', async ({ page }) => {
  const toggle = page.getByRole('button', { name: 'Download', exact: true });
  // The menu's code loads after the first view; until then a disabled placeholder holds its place.
  await expect(toggle).toBeEnabled();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Download image (SVG)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(page.getByRole('button', { name: 'Download image (SVG)' })).toBeHidden();
});

test('axe-core finds no violations with the menu open, in the dark theme', async ({ page }) => {
  await page.goto('./?theme=dark');
  await expect(chart(page)).toBeVisible();
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await chart(page)
    .getByRole('button', { name: /^MiniMax/ })
    .focus();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .include('section[aria-labelledby], .export-menu')
    .analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('one Download button opens a menu that stays on screen', async ({ page }) => {
    const toolbarButtons = page.locator('.tools-share > * > button, .tools-share > button');
    await expect(toolbarButtons.filter({ hasText: /^Download/ })).toHaveCount(1);
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    for (const name of [
      'Download image (SVG)',
      'Download image (PNG)',
      'Download data (JSON)',
      'Download data (CSV)',
    ]) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
      expect(box!.height).toBeGreaterThanOrEqual(32);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });

  test('the chart fits the width with its labels', async ({ page }) => {
    await expect(chart(page).getByText('Alibaba / Qwen', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });
});
