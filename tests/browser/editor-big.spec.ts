import { writeFileSync } from 'node:fs';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';
import { generateStory } from '../../scripts/bench/generate.mjs';

// The editor with a big story (issue "An editor a newsroom can trust", point 4; faults 31.2):
// a generated, valid 5,000-event story opens with a table that draws only the rows in view,
// and typing into an event's title stays within a frame or so per keystroke. The figures are
// printed; the exact targets are in `npm run bench -- --editor` (docs/benchmarks.md).

const OPEN_LABEL = 'Open a story file (ours, or TimelineJS JSON or CSV)';

// One at a time: the 50,000-event story beside it would time the other's keystrokes too.
test.describe.configure({ mode: 'serial' });

/** Records every Event Timing entry of a keystroke (keydown, keypress, input, keyup). */
async function watchKeys(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { keyMs: number[] };
    w.keyMs = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (/^key|^input|^beforeinput/.test(e.name)) w.keyMs.push(e.duration);
    }).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
  });
}

async function openBig(page: Page, events: number, path: string) {
  writeFileSync(path, JSON.stringify(generateStory(events)));
  await page.goto('./edit/');
  const t0 = Date.now();
  await page.getByLabel(OPEN_LABEL).setInputFiles(path);
  const table = page.getByRole('table', { name: /^Events/ });
  await expect(table.getByRole('row').nth(3)).toBeVisible({ timeout: 60_000 });
  return Date.now() - t0;
}

test('a 5,000-event story opens with a bounded table and keeps up with typing', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const openMs = await openBig(page, 5000, testInfo.outputPath('big.json'));
  const table = page.getByRole('table', { name: /^Events/ });
  // The table says how many rows it has, and draws only those near the view.
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
  const rows = await table.getByRole('row').count();
  const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`5,000 events: opened in ${openMs} ms, ${rows} rows drawn, ${nodes} DOM nodes`);
  expect(rows).toBeLessThan(120);
  expect(nodes).toBeLessThan(8000);

  // Scrolling the table brings later rows in, each still a button to choose the event.
  await table.evaluate((el) => {
    const box = el.closest('.ed-table-scroll') as HTMLElement;
    box.scrollTop = box.scrollHeight;
  });
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '5001');

  // Typing 15 characters into the chosen event's title, once the preview has drawn it (as the
  // bench does: the preview's first drawing of 5,000 events is not a keystroke's work).
  const title = page.getByRole('region', { name: /^Event:/ }).getByLabel('Title', { exact: true });
  await expect(
    page
      .frameLocator('iframe[title="Preview of the timeline"]')
      .getByRole('region', { name: 'Event details' })
      .getByRole('heading', { name: await title.inputValue() }),
  ).toBeVisible({ timeout: 120_000 });
  await title.click();
  await title.press('End');
  await watchKeys(page);
  await title.pressSequentially(' (now revised)', { delay: 30 });
  const keyMs = await page.evaluate(() => (window as unknown as { keyMs: number[] }).keyMs);
  const max = Math.max(0, ...keyMs);
  console.log(
    `typing 14 characters: ${keyMs.length} slow Event Timing entries (>16 ms), max ${Math.round(max)} ms`,
  );
  // Generous for a shared 2-core machine (9,136 ms before; 160 ms in the bench alone, up to
  // 3 s here with other tests running): the target, 100 ms, is the bench's.
  expect(max).toBeLessThan(1500);
  await expect(title).toHaveValue(/ \(now revised\)$/);
  // The table's row follows the title (scrolled back to it: the rows far below are not drawn).
  await table.evaluate((el) => ((el.closest('.ed-table-scroll') as HTMLElement).scrollTop = 0));
  await expect(table.getByRole('button', { name: / \(now revised\)$/ })).toBeVisible();
});

/** The longest task since the page loaded (each load of the page starts again at 0). */
function watchLongTasks(page: Page) {
  return page.addInitScript(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longestTask = (page: Page) =>
  page.evaluate(() => (window as unknown as { longest: number }).longest);

/**
 * Guard for the longest task while a big story opens or reloads: a loaded 2-core runner's
 * margin over the bench's figures (0.4–0.8 s at load 10–14 for 50,000 and 120,000 events; up to
 * 2 s at load 20), where it was 0.8–8.4 s; `npm run bench -- --editor` prints them. The issue's
 * aim is a frame, not met: what is left is the editor's first render (React, then its layout)
 * and the page's share of taking the batches, garbage collection included.
 */
const LONGEST_TASK_MS = 2500;

/** Opens a generated story of `events` events and waits for its table. */
async function openHuge(page: Page, events: number, path: string) {
  writeFileSync(path, JSON.stringify(generateStory(events)));
  await page.goto('./edit/');
  const t0 = Date.now();
  await page.getByLabel(OPEN_LABEL).setInputFiles(path);
  const table = page.getByRole('table', { name: /^Events/ });
  await expect(table.getByRole('row').nth(3)).toBeVisible({ timeout: 180_000 });
  await expect(table).toHaveAttribute('aria-rowcount', String(events + 1));
  return Date.now() - t0;
}

test('a 50,000-event story opens without freezing the page for a second', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  // The worker reads, checks and saves the story (the draft's first save was one task of
  // seconds on the page: joining 25 MB of texts, then IndexedDB copying them), and its answer
  // comes in batches of texts, each read in a task of milliseconds.
  await watchLongTasks(page);
  const openMs = await openHuge(page, 50_000, testInfo.outputPath('huge.json'));
  const longest = await longestTask(page);
  console.log(`50,000 events: opened in ${openMs} ms, longest task ${Math.round(longest)} ms`);
  expect(longest).toBeLessThan(LONGEST_TASK_MS);
});

test('a 120,000-event (61 MB) draft reloads without freezing the page for a second', async ({
  page,
}, testInfo) => {
  test.setTimeout(400_000);
  await watchLongTasks(page);
  // Just under the 64 MB limit: the size the issue timed (a 60 MB story).
  await openHuge(page, 120_000, testInfo.outputPath('huge.json'));
  await expect(page.getByRole('status').filter({ hasText: /^Saved in this browser/ })).toBeVisible({
    timeout: 120_000,
  });
  // The draft is read back, parsed and checked in a worker (it was read from the database and
  // parsed on the page's thread: one task of 6.3–8.4 s at load 11–14).
  const t0 = Date.now();
  await page.reload();
  const table = page.getByRole('table', { name: /^Events/ });
  await expect(table).toHaveAttribute('aria-rowcount', '120001', { timeout: 180_000 });
  await expect(
    page.getByRole('region', { name: /^Event:/ }).getByLabel('Title', { exact: true }),
  ).toBeVisible();
  const longest = await longestTask(page);
  console.log(
    `120,000 events: reloaded in ${Date.now() - t0} ms, longest task ${Math.round(longest)} ms`,
  );
  expect(longest).toBeLessThan(LONGEST_TASK_MS);
});
