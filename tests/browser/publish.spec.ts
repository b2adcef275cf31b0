// `npm run publish` and the editor's "Download for the web": a story made up in this test (not
// the bundled one) published as a folder of its own, read with script off and on from an
// arbitrary prefix, and the editor's zip compared with the command's folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';
import { generateStory } from '../fixtures/generatedStory';
import { tallestPx, type StartHeights } from '../../src/embed/startHeights';

const PORT = process.env.PW_PORT ?? 4317;
// Not the folder the suite serves dist/ from, and two levels deep: every URL must be relative.
const PREFIX = '/newsroom/2026/a-story-of-its-own/';
const FOLDER_URL = `http://127.0.0.1:${PORT}${PREFIX}`;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const story = generateStory(20261207);
const titles = story.events.map((e) => e.title as string);
let dir = '';
let out = '';

test.beforeAll(() => {
  test.setTimeout(15 * 60_000);
  dir = mkdtempSync(join(tmpdir(), 'publish-'));
  out = join(dir, 'out');
  writeFileSync(join(dir, 'story.json'), JSON.stringify(story, null, 2));
  execFileSync('npx', ['tsx', 'scripts/publish.ts', join(dir, 'story.json'), '--out', out], {
    stdio: 'pipe',
  });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves the published folder at FOLDER_URL; records any request under it that finds no file. */
async function serveFolder(page: Page): Promise<string[]> {
  const missing: string[] = [];
  await page.route(`${FOLDER_URL}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.slice(PREFIX.length);
    const file = join(out, rel || 'index.html');
    try {
      const body = readFileSync(file);
      return route.fulfill({
        body,
        headers: { 'content-type': TYPES[extname(file)] ?? 'text/plain' },
      });
    } catch {
      missing.push(rel);
      return route.fulfill({ status: 404, body: '' });
    }
  });
  return missing;
}

test('with script off, the published page shows the story: headline, dek, every title; its share tags are its own', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await serveFolder(page);
  await page.goto(FOLDER_URL);
  const picture = page.locator('.prerender--wide');
  await expect(picture).toBeVisible();
  await expect(picture.locator('h1')).toHaveText(story.title as string);
  await expect(picture).toContainText(story.dek as string);
  for (const title of titles) await expect(picture).toContainText(title);
  // Nothing of the bundled story is left in the page.
  expect(await page.content()).not.toContain('distillation attacks, 2026');
  const meta = (sel: string) => page.locator(sel).getAttribute('content');
  expect(await meta('meta[property="og:title"]')).toBe(story.title);
  expect(await meta('meta[property="og:description"]')).toBe(story.dek);
  expect(await meta('meta[property="og:image"]')).toBe('./timeline-1280.png');
  expect(await meta('meta[property="og:image:alt"]')).toContain(`“${story.title}”`);
  expect(await page.title()).toContain(story.title as string);
  // The share picture is there, and is of this story (its size as the tags say).
  const png = readFileSync(join(out, 'timeline-1280.png'));
  expect(png.readUInt32BE(16)).toBe(1280);
  expect(png.readUInt32BE(20)).toBe(Number(await meta('meta[property="og:image:height"]')));
  const oembed = JSON.parse(readFileSync(join(out, 'oembed.json'), 'utf8')) as Record<
    string,
    string
  >;
  expect(oembed.title).toContain(story.title as string);
  expect(oembed.html).toContain('./timeline-640.png');
  await context.close();
});

test('with script on, the app runs from the folder under any prefix, and its Embed dialog offers its own picture and heights', async ({
  page,
}) => {
  const missing = await serveFolder(page);
  await page.goto(FOLDER_URL);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title as string);
  for (const title of titles)
    await expect(
      timeline.getByRole('button', { name: new RegExp(title.replace(/[()]/g, '\\$&')) }),
    ).toHaveCount(1);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  const image = await dialog.getByRole('textbox', { name: 'Image only' }).inputValue();
  expect(image).toContain(`${FOLDER_URL}timeline-640.png`);
  expect(image).toContain(`“${story.title}”`);
  // The plain iframe is given the tallest height measured for this story, not the bundled one's.
  const heights = JSON.parse(readFileSync(join(out, 'embed-heights.json'), 'utf8')) as StartHeights;
  const tallest = tallestPx(heights, new URLSearchParams('embed=1'));
  expect(tallest).toBeGreaterThan(0);
  const iframe = await dialog.getByRole('textbox', { name: 'Iframe only' }).inputValue();
  expect(iframe).toContain(`height="${tallest}"`);
  // An embed of it, too.
  await page.goto(`${FOLDER_URL}?embed=1`);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  expect(missing).toEqual([]);
});

/** The files of a folder, by path with "/". */
function readFolder(root: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const d of readdirSync(root, { recursive: true, withFileTypes: true }))
    if (d.isFile())
      files[join(d.parentPath, d.name).slice(root.length + 1)] = readFileSync(
        join(d.parentPath, d.name),
      );
  return files;
}

test('the editor’s "Download for the web" gives the same folder as npm run publish', async ({
  page,
}) => {
  test.setTimeout(8 * 60_000);
  await page.goto('./edit/');
  await page.getByLabel(/^Open a story file/).setInputFiles(join(dir, 'story.json'));
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(story.title as string);
  const button = page.getByRole('button', { name: 'Download for the web (.zip)' });
  const downloading = page.waitForEvent('download', { timeout: 7 * 60_000 });
  await button.click();
  const download = await downloading;
  const zipped = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const cli = readFolder(out);
  expect(Object.keys(zipped).sort()).toEqual(Object.keys(cli).sort());
  const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b);
  for (const [path, bytes] of Object.entries(cli)) {
    if (path.endsWith('.png')) {
      // Drawn by resvg with our fonts, or by the browser with its own: the same size.
      const a = Buffer.from(bytes);
      const b = Buffer.from(zipped[path] ?? []);
      expect([b.readUInt32BE(16), b.readUInt32BE(20)], path).toEqual([
        a.readUInt32BE(16),
        a.readUInt32BE(20),
      ]);
    } else {
      expect.soft(text(zipped[path]), path).toBe(text(bytes));
    }
  }
  await expect(page.getByLabel('Embed code for the folder')).toHaveValue(/data-timeline-embed/);
});
