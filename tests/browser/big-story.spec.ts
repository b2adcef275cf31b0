// A big ?data= story is drawn after a quick structural pass, while its full check runs in a
// worker (src/data/fullCheck.ts): the page must follow the check's verdict.
import { expect } from '@playwright/test';
import { serveStory, test } from './fixtures';
import { generateStory } from '../../scripts/bench/generate.mjs';

// About 1.3 MB: past the size from which the quick pass is taken (src/data/load.ts).
const EVENTS = 2600;

test.beforeEach(async ({ page }) => {
  // Whether any mark of the generated story was ever drawn, however briefly (the build-time
  // picture, hidden, has the bundled story's).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (
        document.querySelector('.mark') &&
        document.querySelector('h1')?.textContent?.includes('synthetic story')
      ) {
        (window as unknown as { marked: boolean }).marked = true;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
});

const checked = () => performance.getEntriesByName('story:checked').length > 0;

test('a big story the full check refuses is drawn, then replaced by the error page naming the fault', async ({
  page,
}) => {
  const story = generateStory(EVENTS, 11);
  const bad = story.events[2345]!;
  bad.actors = ['nobody-known'];
  await serveStory(page, 'big-bad.json', story);
  await page.goto('./?data=big-bad.json');
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(true);
  const issue = page.getByRole('listitem').filter({ hasText: 'nobody-known' });
  await expect(issue).toContainText('big-bad.json');
  await expect(issue).toContainText(`events[2345].actors[0]`);
  await expect(issue).toContainText(bad.id);
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
});

test('a big valid story stays drawn once its full check reports', async ({ page }) => {
  await serveStory(page, 'big-good.json', generateStory(EVENTS, 12));
  await page.goto('./?data=big-good.json');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await page.waitForFunction(checked);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toHaveCount(0);
});

test('a big story whose shape is wrong ends on the error page without being drawn', async ({
  page,
}) => {
  const story = generateStory(EVENTS, 13) as unknown as { events: Record<string, unknown>[] };
  story.events[99]!.title = 42;
  await serveStory(page, 'big-shape.json', story);
  await page.goto('./?data=big-shape.json');
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  await expect(page.getByRole('listitem').first()).toContainText('events[99].title');
  expect(await page.evaluate(() => (window as unknown as { marked?: boolean }).marked)).toBe(
    undefined,
  );
});
