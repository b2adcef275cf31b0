// The article the timeline is embedded in (tests/hosts/article.html: a headline and paragraphs
// above the embed, paragraphs below): the embed.js snippet must not move the article
// (cumulative layout shift ≤ 0.01, docs/embedding.md) for any option, in columns from 320 to
// 1,280 px; the plain iframe's height must fit every column without an inner scrollbar.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';

const ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4317}`;
const APP = '/graphics/distillation/';
/** [column, window]: a phone's column, a 640 px column on a tablet and a laptop, 320–1,280. */
const COLUMNS: readonly (readonly [number, number])[] = [
  [343, 375],
  [640, 768],
  [640, 1280],
  [320, 352],
  [480, 512],
  [768, 800],
  [1024, 1056],
  [1280, 1312],
];
/** A phone's, a tablet's and a laptop's window height. */
const heightOf = (width: number) => (width < 500 ? 812 : width < 1100 ? 1024 : 800);
const OPTIONS = ['', 'parts=timeline', 'plain=1', 'lang=de', 'font=serif'] as const;
const MAX_CLS = 0.01;

/** Sums layout shifts not caused by input, from before the page's first paint. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as Window & { __cls?: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!e.hadRecentInput) w.__cls = (w.__cls ?? 0) + e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the frame shows the timeline, its fonts are in and its height fits its content. */
async function settled(page: Page) {
  await page.locator('iframe').waitFor();
  await page.frameLocator('iframe').locator('[role=region] svg').first().waitFor();
  await page.frames()[1]!.evaluate(() => document.fonts.ready);
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe');
    const d = f?.contentDocument;
    if (!f || !d) return false;
    const content = Math.ceil(d.documentElement.getBoundingClientRect().height);
    return Math.abs(f.getBoundingClientRect().height - content) <= 1;
  });
}

for (const option of OPTIONS) {
  test(`the script embed does not move the article (${option || 'default'})`, async ({
    browser,
  }) => {
    const shifts: string[] = [];
    for (const [column, width] of COLUMNS) {
      const page = await browser.newPage({ viewport: { width, height: heightOf(width) } });
      await recordShifts(page);
      const src = `${APP}${option ? `?${option}` : ''}`;
      await page.goto(`${ORIGIN}/hosts/article.html?w=${column}&src=${encodeURIComponent(src)}`);
      await settled(page);
      // Shifts are reported after the frame that made them is painted.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
      const cls = await page.evaluate(() => (window as Window & { __cls?: number }).__cls ?? 0);
      if (cls > MAX_CLS) shifts.push(`${column} px column at ${width}: ${cls.toFixed(3)}`);
      await page.close();
    }
    expect(shifts).toEqual([]);
  });
}

test('the plain iframe code fits every column, and the docs give the same height', async ({
  page,
  browser,
}) => {
  await page.goto(`${APP}`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const docs = readFileSync(join(import.meta.dirname, '../../docs/embedding.md'), 'utf8');
  const plain = docs.slice(docs.indexOf('## A plain iframe'), docs.indexOf('## Pym.js'));
  const height = Number(/height="(\d+)"/.exec(plain)?.[1]);
  // The dialog's code, once it has the build's measured heights, says the docs' number.
  await expect(page.getByRole('textbox', { name: 'Iframe only' })).toHaveValue(
    new RegExp(`height="${height}"`),
  );
  const inner: string[] = [];
  for (const [column, width] of COLUMNS) {
    const host = await browser.newPage({ viewport: { width, height: 900 } });
    await host.goto(
      `${ORIGIN}/hosts/article.html?mode=iframe&w=${column}&height=${height}&src=${encodeURIComponent(`${APP}?embed=1`)}`,
    );
    await host.frameLocator('iframe').locator('[role=region] svg').first().waitFor();
    const child = host.frames()[1]!;
    await child.evaluate(() => document.fonts.ready);
    const s = await child.evaluate(() => {
      const el = document.scrollingElement ?? document.documentElement;
      return { scroll: el.scrollHeight, client: el.clientHeight };
    });
    if (s.scroll > s.client) inner.push(`${column} px: content ${s.scroll} in ${s.client}`);
    await host.close();
  }
  expect(inner).toEqual([]);
});

test('the picture and the page word the whole story’s dates alike', async ({ page, request }) => {
  const svg = await (await request.get(`${APP}timeline-640.svg`)).text();
  const range = /\d+ \w+ – \d+ \w+ 2026/.exec(svg)?.[0];
  expect(range).toBeTruthy();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(APP);
    await expect(page.locator('#timeline-summary')).toContainText(range!);
  }
});

test('a transparent embed on a dark site takes its dark theme and shows its background', async ({
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  const src = `${APP}?transparent=1`;
  await page.goto(`${ORIGIN}/hosts/article.html?w=640&dark=1&src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('iframe');
  await frame.locator('[role=region] svg').first().waitFor();
  const child = page.frames()[1]!;
  await expect
    .poll(() => child.evaluate(() => document.documentElement.dataset.theme))
    .toBe('dark');
  // The frame's scheme is the child's, so the browser paints no opaque backdrop behind it.
  expect(await page.locator('iframe').evaluate((f) => getComputedStyle(f).colorScheme)).toBe(
    'dark',
  );
  expect(await child.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgba(0, 0, 0, 0)',
  );
  // A title reads light on the dark page.
  const colour = await frame
    .getByText('Anthropic names DeepSeek', { exact: false })
    .first()
    .evaluate((el) => getComputedStyle(el).fill || getComputedStyle(el).color);
  const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map(Number);
  expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeGreaterThan(160);
});

test('a newsroom’s accent and font reach the page, checked; a faint accent is refused', async ({
  page,
}) => {
  await page.goto(`${APP}?embed=1&accent=c0392b&font=serif`);
  await page.locator('[role=region] svg').first().waitFor();
  const look = () =>
    page.evaluate(() => ({
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
      font: getComputedStyle(document.body).fontFamily,
    }));
  expect(await look()).toEqual({ accent: '#c0392b', font: expect.stringMatching(/^Georgia/) });
  await page.goto(`${APP}?embed=1&accent=ffd700`);
  await expect(page.getByText(/accent colour .*ffd700.*4\.5:1/)).toBeVisible();
  expect((await look()).accent).toBe('#0a58a8');
  await page.goto(`${APP}?embed=1&accent=${encodeURIComponent('red;background:url(x)')}`);
  await expect(page.getByText(/a hex colour such as 0a58a8/)).toBeVisible();
  expect((await look()).accent).toBe('#0a58a8');
});
