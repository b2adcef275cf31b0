import { openStory, serveStory, storyOf, test } from './fixtures';
import { tallestPx, type StartHeights } from '../../src/embed/startHeights';
import type { PictureSet } from '../../src/embed/picture';
import { expect, type Page } from '@playwright/test';
import { actorFilter } from './helpers';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const heading = (page: Page) =>
  page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 });

test('a deep link restores filter, selection, window and lanes, and round-trips', async ({
  page,
}) => {
  const url =
    './?actors=anthropic,alibaba&event=alibaba-campaign&from=2026-04-01&to=2026-06-30&lanes=1';
  await page.goto(url);
  await expect(heading(page)).toHaveText('The campaign Anthropic attributes to Alibaba and Qwen');
  await expect(page.getByRole('button', { name: 'Actors: 2 of 14' })).toBeVisible();
  await actorFilter(page);
  await expect(page.getByRole('checkbox', { name: /^House/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Anthropic/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Lanes by actor' })).toBeChecked();
  await expect(page.locator('#timeline-summary')).toContainText('1 April – 30 June 2026');
  // The URL is rewritten once the view settles: wait for that, not for a time.
  await expect.poll(() => new URL(page.url()).searchParams.get('lanes')).toBe('1');
  const params = new URL(page.url()).searchParams;
  expect(params.get('actors')).toBe('anthropic,alibaba');
  expect(params.get('event')).toBe('alibaba-campaign');
  expect(params.get('from')).toBe('2026-04-01');
  expect(params.get('to')).toBe('2026-06-30');
  expect(params.get('lanes')).toBe('1');
});

test('host parameters are ignored and kept; bad values fall back with a notice', async ({
  page,
}) => {
  await page.goto(
    './?childId=abc&initialWidth=600&actors=nobody&from=2026-07-01&to=2026-01-01&theme=purple&event=x',
  );
  const notice = page.getByRole('status').filter({ hasText: 'not understood' });
  await expect(notice).toContainText('unknown actor “nobody”');
  await expect(notice).toContainText('is not before');
  await expect(timeline(page).locator('[data-mark="event"]').first()).toBeVisible();
  await expect(page.locator('#timeline-summary')).toContainText('All 13 events');
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(notice).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('childId')).toBe('abc');
});

test('Back after two selections returns to the first; zooming does not add history', async ({
  page,
}) => {
  await page.goto('./');
  await timeline(page)
    .getByRole('button', { name: /^10 June Anthropic's letter/ })
    .click();
  await timeline(page)
    .getByRole('button', { name: /^12 June.* Restrictions on Anthropic/ })
    .click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  // The zoom is written into the current entry (replaceState), not a new one.
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
  await page.goBack();
  await expect(heading(page)).toHaveText("Anthropic's letter to the Senate Banking Committee");
});

test('the guided story walks by keyboard, in date order, from February to the intelligence sharing', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start the story' }).click();
  const story = page.getByRole('region', { name: 'Guided story' });
  await expect(story).toContainText('Step 1 of 9');
  const seen: string[] = [];
  for (let i = 0; i < 9; i++) {
    await expect(story).toContainText(`Step ${i + 1} of 9`);
    const title = (await heading(page).textContent()) ?? '';
    seen.push(title);
    // The selected event is inside the visible window.
    const mark = timeline(page).locator('[data-mark="event"].is-selected .mark-shape');
    const box = await mark.boundingBox();
    const svg = await page.locator('.timeline-svg').boundingBox();
    expect(box && svg && box.x >= svg.x - 1 && box.x <= svg.x + svg.width, title).toBeTruthy();
    await page.keyboard.press('ArrowRight');
  }
  expect(seen[0]).toMatch(/DeepSeek, Moonshot AI and MiniMax/);
  // Steps follow the dates: the Pentagon listing (about June) before the 10 June letter.
  expect(seen.indexOf('Pentagon adds Alibaba to its Chinese military companies list')).toBe(3);
  expect(seen.at(-1)).toMatch(/Anthropic, OpenAI and Google/);
  await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('9');
  await page.getByRole('button', { name: 'Explore freely' }).click();
  await expect(story).toHaveCount(0);
  await expect(heading(page)).toHaveText(seen.at(-1) ?? '');
});

test('a story step can be deep-linked', async ({ page }) => {
  await page.goto('./?step=6&embed=1');
  await expect(page.getByRole('region', { name: 'Guided story' })).toContainText('Step 6 of 9');
  await expect(heading(page)).toHaveText("Restrictions on Anthropic's Mythos and Fable models");
});

test('search finds events as you type, "/" focuses it, and no matches is said plainly', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Find an event' });
  await expect(box).toBeFocused();
  await page.keyboard.type('Kamlager');
  const results = page.getByRole('list', { name: 'Matching events' });
  await expect(results.getByRole('button')).toHaveCount(1);
  await expect(page.locator('.mark.is-highlighted')).toHaveCount(1);
  await results.getByRole('button').first().click();
  await expect(heading(page)).toHaveText('Huizenga and Kamlager-Dove push a House bill');
  await box.fill('zebra');
  await expect(page.getByText('No matches')).toBeVisible();
});

test('an invalid story file shows the problems, not a blank page', async ({ page }) => {
  await serveStory(page, 'broken.json', { title: 'x', events: [{ id: 'a' }] });
  await page.goto('./?data=broken.json');
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('broken.json');
  await page.goto('./?data=https://example.com/story.json');
  await expect(page.getByText(/on another site/)).toBeVisible();
  await page.goto('./?data=missing.json');
  await expect(page.getByText(/no story file at this address \(404\)/)).toBeVisible();
});

test('a code chunk that cannot be downloaded shows a Reload button, not a stuck page', async ({
  page,
}) => {
  // As after a deploy mid-visit: the old chunk names are gone.
  await page.route(/\/assets\/(load|ListView)-[\w-]+\.js$/, (r) => r.fulfill({ status: 404 }));
  await serveStory(page, 'good.json', '{}');
  await page.goto('./?data=good.json');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByText(/Loading the story/)).toHaveCount(0);

  await page.goto('./');
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const reload = page.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeVisible();
  await page.unroute(/\/assets\/(load|ListView)-[\w-]+\.js$/);
  await reload.click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('the Embed dialog of a ?data= story claims neither the bundled story’s heights nor its picture', async ({
  page,
  request,
}) => {
  const heights = (await (await request.get('embed-heights.json')).json()) as StartHeights;
  const bundledPx = tallestPx(heights, new URLSearchParams('embed=1'));
  const set = (await (await request.get('embed-images.json')).json()) as PictureSet;
  const story = storyOf(
    Array.from({ length: 4 }, (_, i) => ({
      title: `A generated event ${i + 1}`,
      date: { precision: 'day', date: `2026-0${i + 2}-1${i}` },
    })),
  );
  await openStory(page, 'generated.json', story);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A generated story');
  // What the build measured and drew is fetched as the dialog opens: wait for both answers.
  const built = Promise.all(
    ['embed-heights.json', 'embed-images.json'].map((f) =>
      page.waitForResponse((r) => r.url().endsWith(f)),
    ),
  );
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await built;
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  const iframe = await dialog.getByRole('textbox', { name: 'Iframe only' }).inputValue();
  expect(iframe).toContain('data=generated.json');
  const px = Number(/ height="(\d+)"/.exec(iframe)?.[1]);
  expect(px).not.toBe(bundledPx);
  expect(px).toBeGreaterThanOrEqual(320);
  const script = await dialog
    .getByRole('textbox', { name: 'Script embed (self-sizing)' })
    .inputValue();
  for (const code of [iframe, script]) {
    expect(code).not.toContain(set.alt);
    expect(code).not.toContain('timeline-640');
  }
  await expect(dialog.getByRole('textbox', { name: 'Image only' })).toHaveCount(0);
});
