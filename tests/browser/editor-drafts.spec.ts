import { readFileSync, writeFileSync } from 'node:fs';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';
import { generateStory } from '../../scripts/bench/generate.mjs';

// Drafts that must never be lost or lock the editor out: damaged drafts (issue 31, point 1),
// two tabs on one draft, drafts saved as files, failed saves (issue 30, points 1 to 3).

/** Stores `value` as draft d1, the one open when the page was left, and loads the editor. */
async function openStored(page: Page, value: string) {
  await page.goto('./edit/');
  await page.evaluate((text) => {
    localStorage.setItem('story-editor:draft:d1', text);
    localStorage.setItem('story-editor:current', 'd1');
    localStorage.setItem(
      'story-editor:drafts',
      JSON.stringify([{ id: 'd1', name: 'x', updatedAt: 1 }]),
    );
  }, value);
  await page.reload();
}

const draft = (story: unknown) =>
  JSON.stringify({ id: 'd1', name: 'x', story, texts: {}, translations: {}, updatedAt: 1 });

const BAD_STORIES: [string, unknown][] = [
  ['an empty story object', {}],
  ['events as a text', { title: 'Kept', groups: [], actors: [], sources: [], events: 'abc' }],
  ['a null event', { title: 'Kept', groups: [], actors: [], sources: [], events: [null] }],
  ['no groups', { title: 'Kept', actors: [], sources: [], events: [] }],
];

for (const [what, story] of BAD_STORIES)
  test(`a stored draft with ${what} opens in the editor, its problems listed`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openStored(page, draft(story));
    const headline = page.getByLabel('Headline', { exact: true });
    await expect(headline).toBeVisible();
    await expect(headline).toHaveValue(
      typeof story === 'object' && 'title' in story! ? 'Kept' : '',
    );
    await expect(page.getByRole('button', { name: 'Download story.json' })).toBeDisabled();
    expect(errors).toEqual([]);
    // The draft moved from localStorage to the drafts database.
    expect(await page.evaluate(() => localStorage.getItem('story-editor:draft:d1'))).toBeNull();
  });

test('a draft whose stored text is damaged is named, offered as a download, and can be left', async ({
  page,
}, testInfo) => {
  const raw = '{"id":"d1","name":"x","story":{"title":"Half a';
  await openStored(page, raw);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(
    alert.getByRole('heading', { name: 'The draft “x” could not be opened' }),
  ).toBeVisible();
  await expect(alert).toContainText('Its stored text is not valid JSON');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the draft as stored' }).click();
  const file = testInfo.outputPath('raw.json');
  await (await downloading).saveAs(file);
  expect(readFileSync(file, 'utf8')).toBe(raw);
  // The start screen works; the entry in the drafts list says the same again, not nothing.
  await alert.getByRole('button', { name: 'Close this message' }).click();
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: 'x', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'The draft “x” could not be opened' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Delete it from this browser' }).click();
  await expect(page.getByRole('button', { name: 'x', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Empty story' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
});

test('a second tab on the same draft is told at once, shows the first tab’s typing, and can take over', async ({
  page,
  context,
}) => {
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
  await page.getByLabel('Headline', { exact: true }).fill('Written in tab one');

  const second = await context.newPage();
  await second.goto('./edit/');
  const told = second.getByRole('alert').filter({ hasText: 'open in another tab' });
  await expect(
    told.getByRole('heading', { name: 'This draft is open in another tab' }),
  ).toBeVisible();
  const dek2 = second.getByLabel('Dek', { exact: true });
  await expect(dek2).toBeDisabled();
  await expect(second.getByLabel('Headline', { exact: true })).toHaveValue('Written in tab one');
  // The first tab edits on, unhindered and unwarned; the second follows it.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('Dek', { exact: true }).fill('Dek from tab one');
  await expect(dek2).toHaveValue('Dek from tab one');

  // The second tab takes the draft: now the first is told, and shows the second's typing.
  await told.getByRole('button', { name: 'Edit here instead' }).click();
  await expect(dek2).toBeEnabled();
  await second.getByLabel('Credit', { exact: true }).fill('Credit from tab two');
  const back = page.getByRole('alert').filter({ hasText: 'now edited in another tab' });
  await expect(back).toBeVisible();
  await expect(page.getByLabel('Credit', { exact: true })).toHaveValue('Credit from tab two');
  await expect(page.getByLabel('Credit', { exact: true })).toBeDisabled();

  // Nothing was overwritten: a reload of either tab has both texts.
  await second.reload();
  await expect(second.getByLabel('Dek', { exact: true })).toHaveValue('Dek from tab one');
  await expect(second.getByLabel('Credit', { exact: true })).toHaveValue('Credit from tab two');

  // Or a copy, edited on its own.
  await back.getByRole('button', { name: 'Open a copy here' }).click();
  await expect(page.getByLabel('Draft name')).toHaveValue('Written in tab one (copy)');
  await page.getByLabel('Dek', { exact: true }).fill('The copy’s dek');
  await expect(second.getByLabel('Dek', { exact: true })).toHaveValue('Dek from tab one');
});

test('a draft with problems is saved as a file that says so, and opens again as it was', async ({
  page,
}, testInfo) => {
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
  await page.getByLabel('Headline', { exact: true }).fill('Half written');
  await page.getByLabel('Draft name').fill('Monday notes');
  await expect(page.getByRole('button', { name: 'Download story.json' })).toBeDisabled();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save draft as a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('monday-notes.draft.json');
  const file = testInfo.outputPath('monday-notes.draft.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { note: string; problems: number };
  expect(saved.problems).toBeGreaterThan(0);
  expect(saved.note).toContain(`A draft from the story editor, with ${saved.problems} problems`);

  await page.getByRole('button', { name: 'New or open…' }).click();
  await page.getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)').setInputFiles(file);
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('Half written');
  await expect(page.getByLabel('Draft name')).toHaveValue('Monday notes');
});

test('a save the browser refuses is an alert offering the draft as a file', async ({
  page,
}, testInfo) => {
  // The drafts database refuses every write once the page says so, as a full disk would.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value: unknown, key?: IDBValidKey) {
      if (sessionStorage.getItem('full'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  });
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
  await page.evaluate(() => sessionStorage.setItem('full', '1'));
  await page.getByLabel('Headline', { exact: true }).fill('Typed into a full storage');
  const alert = page.getByRole('alert').filter({ hasText: 'not saved in this browser' });
  await expect(alert).toContainText('The quota has been exceeded');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Save draft as a file' }).click();
  const file = testInfo.outputPath('draft.json');
  await (await downloading).saveAs(file);
  expect(readFileSync(file, 'utf8')).toContain('Typed into a full storage');
});

test('a draft far larger than localStorage holds is kept across a reload', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // 12 million characters of pasted source text: past localStorage's 5 MB, as a long document
  // or a big story would be.
  const text = 'A long pasted report. '.repeat(550_000);
  const file = testInfo.outputPath('big.draft.json');
  writeFileSync(
    file,
    JSON.stringify({
      storyEditorDraft: 1,
      name: 'Big one',
      story: { title: 'A big draft', sources: [{ id: 'source-1' }] },
      texts: { 'source-1': text },
      translations: {},
    }),
  );
  await page.goto('./edit/');
  await page.getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)').setInputFiles(file);
  // Opening it took 27 s on the loaded 2-core test machine (to be looked into).
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('A big draft', {
    timeout: 45_000,
  });
  // Said once the database has it, not when it is queued.
  // The first save of 12 MB is committed before the story shows; on a loaded runner the line
  // came after 15 s once (CI, 3fbabdb).
  await expect(page.getByRole('status').filter({ hasText: /^Saved in this browser/ })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  // Read back and parsed in a worker, as the start screen says meanwhile ("Opening Big one…").
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue('A big draft', {
    timeout: 45_000,
  });
  const kept = page.getByLabel('Text of the document, for the quote check');
  expect(await kept.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(text.length);
});

test('a file over the reader’s 64 MB limit is refused before it is read, in the reader’s words', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('huge.json');
  writeFileSync(file, `{"title": "Huge", "dek": "${'a'.repeat(65 * 1024 * 1024)}"}`);
  await page.goto('./edit/');
  await page.getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'huge.json: not opened' })).toBeVisible();
  await expect(
    page.getByText(/^huge\.json: \(file\): the story file is .*the limit is .*64 MB/),
  ).toBeVisible();
});

test('a story file is opened off the page’s thread, and opens as before', async ({ page }) => {
  await page.goto('./edit/');
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page
    .getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)')
    .setInputFiles('data/story.json');
  await expect(page.getByLabel('Headline', { exact: true })).toHaveValue(
    'The fight over AI distillation attacks, 2026',
  );
  expect(workers).toHaveLength(1);
});

test('a new empty story opens without red fields; a problem shows once its field is touched, or all on asking', async ({
  page,
}) => {
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
  const headline = page.getByLabel('Headline', { exact: true });
  await expect(headline).toBeVisible();
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await headline.fill('x'.repeat(170));
  await expect(headline).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Dek', { exact: true })).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Show every problem at its field' }).click();
  await expect(page.getByLabel('Dek', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('a story reloaded as soon as the editor shows it is still there', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  // Big enough (1.5 MB) that its first save takes a while to be committed.
  const story = generateStory(3000);
  const file = testInfo.outputPath('opened.json');
  writeFileSync(file, JSON.stringify(story));
  await page.goto('./edit/');
  // The page reloads itself in the frame where the first event's form appears: no time to
  // wait for "Saved in this browser".
  await page.evaluate(() => {
    const reloadOnceShown = () => {
      if (document.getElementById('f-events-0-title')) window.location.reload();
      else requestAnimationFrame(reloadOnceShown);
    };
    requestAnimationFrame(reloadOnceShown);
  });
  const reloaded = page.waitForEvent('framenavigated', {
    predicate: (frame) => frame === page.mainFrame(),
    timeout: 60_000,
  });
  await page.getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)').setInputFiles(file);
  await reloaded;
  const title = page.getByRole('region', { name: /^Event:/ }).getByLabel('Title', { exact: true });
  await expect(title).toHaveValue(String(story.events[0]?.title), { timeout: 60_000 });
  await expect(page.getByRole('table', { name: /^Events/ })).toHaveAttribute(
    'aria-rowcount',
    '3001',
  );
});
