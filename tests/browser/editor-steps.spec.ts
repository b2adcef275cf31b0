import { test } from './fixtures';
import { expect, type Locator, type Page } from '@playwright/test';

// Fewer steps in the editor (issue "An editor a newsroom can trust", point 8): six events from
// one article, written with the quick-add row, in at most 50 form actions; ids made from the
// titles; the draft named from the headline; focus where the writing goes on, and said; a
// skip list. The story written here is fictional test data.

const ARTICLE = [
  ['2026-03-02', 'Lab Alpha opens', 'Lab Alpha opened its doors on 2 March.'],
  ['2026-03-09', 'Lab Beta replies', 'Lab Beta replied a week later.'],
  ['2026-03', 'Regulator writes to both labs', 'The regulator wrote to both labs.'],
  ['2026-04-01', 'Lab Alpha’s answer', 'Lab Alpha answered on 1 April.'],
  ['2026-04-15', 'Lab Beta’s answer', 'Lab Beta answered two weeks later.'],
  ['2026-05-04', 'Hearing in May', 'A hearing was held on 4 May.'],
] as const;
const IDS = [
  'lab-alpha-opens',
  'lab-beta-replies',
  'regulator-writes-to-both-labs',
  'lab-alphas-answer',
  'lab-betas-answer',
  'hearing-in-may',
];

const chosen = (page: Page) => page.getByRole('region', { name: /^Event:/ });

test('six events from one article in at most 50 form actions, ids from their titles', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let actions = 0;
  const fill = async (field: Locator, value: string) => {
    actions += 1;
    await field.fill(value);
  };
  const press = async (key: string) => {
    actions += 1;
    await page.keyboard.press(key);
  };
  await page.goto('./edit/');
  actions += 1;
  await page.getByRole('button', { name: 'Empty story' }).click();
  // Focus goes to the headline, not to the page.
  const headline = page.getByLabel('Headline', { exact: true });
  await expect(headline).toBeFocused();
  await fill(headline, 'Two fictional labs, 2026');
  await fill(page.getByLabel('Dek', { exact: true }), 'A made-up story for the test.');
  await fill(page.getByLabel('Credit', { exact: true }), 'Written by the test suite.');
  await fill(page.getByRole('group', { name: 'Group 1' }).getByLabel('Name'), 'The labs');
  await fill(page.getByRole('group', { name: 'Actor 1' }).getByLabel('Name'), 'Lab Alpha');
  const source = page.getByRole('group', { name: /^Source 1/ });
  await fill(source.getByLabel('Title', { exact: true }), 'A made-up report');
  await fill(source.getByLabel('Description', { exact: true }), 'A report invented for this test.');
  // The draft is named from the headline.
  await expect(page.getByLabel('Draft name')).toHaveValue('Two fictional labs, 2026');

  const quick = page.getByRole('form', { name: 'Quick add an event' });
  for (const [day, title, quote] of ARTICLE) {
    await fill(quick.getByLabel('Date'), day);
    await fill(quick.getByLabel('Title'), title);
    await fill(quick.getByLabel('Quote'), quote);
    await press('Enter');
    // Focus stays in the row for the next event; the addition is said.
    await expect(quick.getByLabel('Date')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `Added “${title}”` })).toBeVisible();
    // The new event is the chosen one: the rest is written in its form.
    await expect(chosen(page).getByLabel('Title', { exact: true })).toHaveValue(title);
    await fill(chosen(page).getByLabel('Summary', { exact: true }), `${title}, in our words.`);
    await fill(chosen(page).getByLabel('Attribution', { exact: true }), 'The report says');
  }
  console.log(`six events from one article: ${actions} form actions`);
  expect(actions).toBeLessThanOrEqual(50);
  await expect(page.getByRole('button', { name: 'Download story.json' })).toBeEnabled();
  // Each id was made from its title.
  const table = page.getByRole('table', { name: 'Events' });
  for (const [k, [, title]] of ARTICLE.entries()) {
    await table.getByRole('button', { name: title }).click();
    await expect(chosen(page).getByLabel('Id', { exact: true })).toHaveValue(IDS[k]!);
  }
});

test('after "Add event" focus is on its title and the addition is said; ids follow titles until downloaded', async ({
  page,
}) => {
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
  await page.getByRole('button', { name: 'Add event' }).click();
  const title = chosen(page).getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Event 1 added' })).toBeVisible();
  await page.keyboard.type('Lab Alpha opens');
  const id = chosen(page).getByLabel('Id', { exact: true });
  await expect(id).toHaveValue('lab-alpha-opens');
  // An id typed by hand stays when the title changes.
  await id.fill('alpha-day-one');
  await title.fill('Lab Alpha opens its doors');
  await expect(id).toHaveValue('alpha-day-one');
});

test('a skip list is the first stop of Tab and reaches the quick-add row in three keys', async ({
  page,
}) => {
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'The bundled story' }).click();
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  // The draft is in the browser's database before the page is opened again.
  await expect(page.getByText(/^Saved in this browser/)).toBeVisible();
  // As the page opens on the draft: Tab starts from the top.
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  const skip = page.getByRole('navigation', { name: 'Skip to' });
  let keys = 0;
  const link = skip.getByRole('link', { name: 'Quick add an event' });
  while (!(await link.evaluate((el) => el === document.activeElement)) && keys < 10) {
    await page.keyboard.press('Tab');
    keys += 1;
  }
  await page.keyboard.press('Enter');
  keys += 1;
  await expect(
    page.getByRole('form', { name: 'Quick add an event' }).getByLabel('Date'),
  ).toBeFocused();
  console.log(`Tab and Enter to the quick-add row: ${keys} keys`);
  expect(keys).toBeLessThanOrEqual(4);
  // "Events" takes focus to the section's heading; the next Tab goes on from there.
  await page.reload();
  await expect(page.getByLabel('Headline', { exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(skip.getByRole('link', { name: 'Events' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeFocused();
});

test('the "Saved" line is said once per pause in typing, not per keystroke', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
  const saved = page.getByRole('status').filter({ hasText: /^Saved in this browser/ });
  await expect(saved).toBeVisible();
  await saved.evaluate((el) => {
    const w = window as unknown as { said: string[] };
    w.said = [];
    new MutationObserver(() => w.said.push(el.textContent ?? '')).observe(el, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  // Typing that spans several seconds, as a person types a headline.
  await page.getByLabel('Headline', { exact: true }).pressSequentially('A headline typed slowly', {
    delay: 150,
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said.length), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  // Settled: one more frame's worth of waiting for anything late.
  await expect(saved).toContainText('not downloaded');
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  console.log(`"Saved" line changed ${said.length} time(s) while typing 23 characters`);
  expect(new Set(said).size).toBeLessThanOrEqual(1);
});
