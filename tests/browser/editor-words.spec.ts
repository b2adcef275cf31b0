import { storyOf, test } from './fixtures';
import { expect, type Page } from '@playwright/test';

// The editor's words, all problems at once, its preview and its undo (tracker: "An editor a
// newsroom can trust", items 5, 7, 9 and 10). The stories are fictional, written here.

const preview = (page: Page) => page.frameLocator('iframe[title="Preview of the timeline"]');
const chosen = (page: Page) => page.getByRole('region', { name: /^Event:/ });

async function emptyStory(page: Page) {
  await page.goto('./edit/');
  await page.getByRole('button', { name: 'Empty story' }).click();
}

test('a problem says the event, its row and the field as the form shows them, and what to do', async ({
  page,
}) => {
  await emptyStory(page);
  await page.getByRole('button', { name: 'Add event' }).click();
  await chosen(page).getByLabel('Title', { exact: true }).fill('x'.repeat(300));
  const title = chosen(page).getByLabel('Title', { exact: true });
  await expect(title).toHaveAccessibleDescription(
    /The title is 300 characters; the limit is 140\. Shorten it\./,
  );
  const problems = page.getByRole('region', { name: 'Check and publish' });
  await expect(
    problems.getByRole('button', { name: /^Event “x+…” \(row 1\) › Title$/ }),
  ).toBeVisible();
  await expect(problems).not.toContainText('events[0]');
  await expect(problems).not.toContainText('Too big');
});

test('flags a duplicate id and a javascript: link at their fields while the event is still empty', async ({
  page,
}) => {
  await emptyStory(page);
  await page.getByRole('button', { name: 'Add event' }).click();
  await page.getByRole('button', { name: 'Add event' }).click();
  const form = chosen(page);
  await form.getByLabel('Id', { exact: true }).fill('event-1');
  await expect(form.getByLabel('Id', { exact: true })).toHaveAccessibleDescription(
    /already has the id “event-1”/,
  );
  await form.getByLabel('Kind of media').selectOption('link');
  await form.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
  await expect(form.getByLabel('Link', { exact: true })).toHaveAccessibleDescription(
    /is not a web address/,
  );
  await form.getByLabel('Kind of media').selectOption('image');
  await form.getByLabel('Image address').fill('https://images.example.org/a.jpg');
  await expect(form.getByLabel('Image address')).toHaveAccessibleDescription(
    /another site \(images\.example\.org\)/,
  );
});

test('the preview asks for an event, and keeps its last view under a banner', async ({ page }) => {
  await emptyStory(page);
  await expect(page.getByText('Add an event to see it here.')).toBeVisible();
  await expect(preview(page).getByText(/No events match/)).toHaveCount(0);
  // A story the preview can draw, then a story-level problem.
  await page.getByLabel('Headline').fill('A fictional story');
  const source = page.getByRole('group', { name: /^Source 1/ });
  await source.getByLabel('URL').fill('ftp://example.org/report');
  const banner = page.getByRole('region', { name: 'Preview' }).getByRole('status');
  await expect(banner).toContainText('Source 1 › URL');
  await expect(banner).toContainText('is not a web address');
  await expect(banner).not.toContainText('sources[0]');
});

test('at 768 px the preview is one switch away, not under every form', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await emptyStory(page);
  await page.getByRole('button', { name: 'Show the preview' }).click();
  const frame = page.getByRole('region', { name: 'Preview' });
  const box = await frame.boundingBox();
  expect(box?.y ?? 9999).toBeLessThan(1024);
  await expect(page.getByLabel('Headline')).toBeHidden();
  await page.getByRole('button', { name: 'Back to the forms' }).click();
  await expect(page.getByLabel('Headline')).toBeVisible();
});

test('Ctrl+Z in a field is the editor’s undo, and undo survives a reload', async ({ page }) => {
  await emptyStory(page);
  const headline = page.getByLabel('Headline');
  const dek = page.getByLabel('Dek');
  await headline.fill('Alpha');
  await dek.fill('Beta');
  await headline.focus();
  await page.keyboard.press('Control+z');
  // The editor's last change was the dek: that is what one undo takes back.
  await expect(dek).toHaveValue('');
  await expect(headline).toHaveValue('Alpha');
  await page.reload();
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
});

// Issue 30.9: a date label typed as "weeks before 24 June 2026" was drawn "about 25 May –
// 24 June" and clipped in the embed preview. The mark shows the label, as the reader's do.
for (const width of [1280, 768])
  test(`a date label typed in the form shows whole on its mark in the preview, at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const story = storyOf([
      { title: 'A first statement', date: { precision: 'day', date: '2026-05-04' } },
      {
        title: 'The campaign ran',
        date: {
          precision: 'approximate',
          start: '2026-05-25',
          end: '2026-06-24',
          basis: 'The report says it ran for weeks before 24 June 2026.',
        },
      },
      { title: 'The report', date: { precision: 'day', date: '2026-06-24' } },
    ]);
    await page.goto('./edit/');
    await page.getByLabel('Open a story file (ours, or TimelineJS JSON or CSV)').setInputFiles({
      name: 'labelled.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(story)),
    });
    await page.getByRole('button', { name: 'The campaign ran' }).click();
    await chosen(page).getByLabel('Label (optional)').fill('weeks before 24 June 2026');
    if (width < 1100) await page.getByRole('button', { name: 'Show the preview' }).click();
    for (const embed of [false, true]) {
      if (embed) await page.getByLabel('Embed mode').check();
      // The story spans one year: the mark leaves it to the axis, as it does for any date.
      const mark = preview(page).getByRole('button', { name: /^weeks before 24 June\b/ });
      await expect(mark).toBeVisible();
      const date = mark.locator('.mark-date');
      await expect(date).toHaveText('weeks before 24 June');
      await expect(mark).not.toContainText('about');
      // Whole: inside the timeline's drawing and the frame, and not under the next title.
      const box = await date.boundingBox();
      const svg = await preview(page)
        .getByRole('region', { name: 'Timeline' })
        .locator('svg')
        .first()
        .boundingBox();
      expect(box && svg).toBeTruthy();
      if (!box || !svg) return;
      expect(box.x, `${embed ? 'embed' : 'page'}: left edge`).toBeGreaterThanOrEqual(svg.x);
      expect(box.x + box.width, `${embed ? 'embed' : 'page'}: right edge`).toBeLessThanOrEqual(
        svg.x + svg.width,
      );
      expect(box.y + box.height).toBeLessThanOrEqual(svg.y + svg.height);
    }
  });
