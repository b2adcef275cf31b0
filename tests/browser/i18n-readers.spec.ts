import { test } from './fixtures';
import { expect } from '@playwright/test';
import ar from '../../src/i18n/messages/ar';
import fr from '../../src/i18n/messages/fr';
import es from '../../src/i18n/messages/es';
import { LANG_NAMES, LANGS } from '../../src/i18n/languages';

// Issue 28, points 7, 8 and 11: readers in another language or script than the story's.
const msg = (m: unknown) => m as string;

test.describe('Arabic: every run in its own direction', () => {
  test('the embed code reads left to right', async ({ page }) => {
    await page.goto('./?lang=ar');
    await page.getByRole('button', { name: msg(ar['page.embed']), exact: true }).click();
    const code = page.getByRole('dialog').locator('textarea').first();
    await expect(code).toHaveValue(/^<div data-timeline-embed/);
    expect(await code.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });

  test('the footer isolates each English source and uses Arabic separators', async ({ page }) => {
    await page.goto('./?lang=ar');
    const sources = page.locator('.story-footer p').nth(1);
    await expect(sources.locator('bdi', { hasText: /^CNBC$/ })).toHaveCount(1);
    await expect(sources).toContainText('، ');
    await expect(sources).toContainText('؛ ');
    await expect(sources).not.toContainText(', 24');
  });

  test('a date basis in English is isolated, its full stop at its own end', async ({ page }) => {
    await page.goto('./?lang=ar&event=pentagon-list');
    const basis = page.locator('.details-basis bdi');
    await expect(basis).toHaveText(/^An undated article .*\.$/);
  });

  test('an English quote keeps its direction and its own marks', async ({ page }) => {
    await page.goto('./?lang=ar&event=alibaba-campaign');
    const quote = page.locator('.disagreements q').first();
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(quote).toHaveAttribute('dir', 'ltr');
  });

  test('"next" points where later events are: right, as time runs on the axis', async ({
    page,
  }) => {
    await page.goto('./?lang=ar');
    await page
      .getByRole('button', { name: msg(ar['page.storyStart']) })
      .first()
      .click();
    const next = page.locator('.story-nav button', { hasText: 'التالي' });
    await expect(next).toHaveText(/→/);
    await expect(next).not.toHaveText(/←/);
  });

  test('no slanted Arabic: annotations stand upright', async ({ page }) => {
    await page.goto('./?lang=ar');
    const note = page.locator('.annotation-text').first();
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
  });
});

test.describe('a reader whose language the story is not in', () => {
  test('?lang=fr: told in French that the story is in English and German', async ({ page }) => {
    await page.goto('./?lang=fr');
    await expect(page.getByText('Ce récit est rédigé en anglais et en allemand.')).toBeVisible();
    // The headline and dek are English, and say so to screen readers and hyphenation.
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
    await expect(page.locator('.dek')).toHaveAttribute('lang', 'en');
  });

  test('?lang=ar: told in Arabic, the English headline left to right', async ({ page }) => {
    await page.goto('./?lang=ar');
    await expect(page.getByText('هذه القصة مكتوبة بالإنجليزية وبالألمانية.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'ltr');
  });

  test('?lang=de and English: no notice, the story is theirs', async ({ page }) => {
    await page.goto('./?lang=de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Der Streit/);
    await expect(page.locator('.story-language')).toHaveCount(0);
    await page.goto('./');
    await expect(page.locator('.story-language')).toHaveCount(0);
  });

  test('the menu lists every interface language; a French reader gets back to French', async ({
    page,
  }) => {
    await page.goto('./?lang=fr');
    const menu = page.getByRole('combobox', { name: msg(fr['page.language']) });
    const options = await menu.locator('option').allTextContents();
    expect(options).toEqual(LANGS.map((l) => LANG_NAMES[l]));
    await menu.selectOption('de');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('Ce récit est rédigé en anglais et en allemand.')).toBeVisible();
  });
});

test.describe('headings in a face made for the script', () => {
  for (const [lang, family] of [
    ['ar', 'Noto Naskh Arabic'],
    ['zh', 'PingFang SC'],
    ['ja', 'Hiragino Sans'],
  ] as const)
    test(`?lang=${lang}: the stack names ${family}`, async ({ page }) => {
      await page.goto(`./?lang=${lang}`);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toBeVisible();
      // The body text's stack, where the page's own words are set.
      const stacks = await page.evaluate(() => [
        getComputedStyle(document.querySelector('h1')!).fontFamily,
        getComputedStyle(document.querySelector('.toolbar') ?? document.body).fontFamily,
      ]);
      expect(stacks.join(' | ')).toContain(family);
    });
});

test.describe('wording in each language (issue 28, 9 and 10)', () => {
  test('?lang=fr: the error page speaks French to readers, no command to run', async ({ page }) => {
    await page.goto('./?lang=fr&data=nowhere.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg(fr['error.title']));
    await expect(page).toHaveTitle(msg(fr['error.title']));
    await expect(page.locator('main')).not.toContainText('npm run validate');
    // The validator's own line stays English, and says so.
    await expect(page.locator('.error-list')).toHaveAttribute('lang', 'en');
  });

  test('?lang=fr: the search placeholder fits its box', async ({ page }) => {
    await page.goto('./?lang=fr');
    const input = page.getByRole('searchbox').first();
    await expect(input).toBeVisible();
    const fits = await input.evaluate((el) => {
      const i = el as HTMLInputElement;
      const s = getComputedStyle(i);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${s.fontSize} ${s.fontFamily}`;
      const room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return { text: ctx.measureText(i.placeholder).width, room };
    });
    expect(fits.text).toBeLessThanOrEqual(fits.room);
  });

  test('?lang=fr: the embed dialog says "Crédits", not a line of credit', async ({ page }) => {
    await page.goto('./?lang=fr');
    await page.getByRole('button', { name: msg(fr['page.embed']), exact: true }).click();
    await expect(page.getByRole('dialog')).toContainText('Crédits');
    await expect(page.getByRole('dialog')).not.toContainText('Ligne de crédit');
  });

  test('?lang=es: no "unos" before a feminine unit', async ({ page }) => {
    // The list view says how far apart events are: "alrededor de 2 meses después".
    await page.goto('./?lang=es');
    await page.getByText(msg(es['page.list']), { exact: true }).first().click();
    await expect(page.locator('.list-gap').first()).toBeVisible();
    await expect(page.locator('body')).toContainText(/alrededor de \d+ (meses|semanas) después/);
    await expect(page.locator('body')).not.toContainText(/unos \d+ /);
  });

  test('?lang=ja: the campaign chart counts in 万', async ({ page }) => {
    await page.goto('./?lang=ja');
    const chart = page.locator('.campaigns');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByText('10万', { exact: true }).first()).toBeVisible();
    await expect(chart.getByText('100,000', { exact: true })).toHaveCount(0);
  });

  test('?lang=zh: the guided story is 导读, not 讲述', async ({ page }) => {
    await page.goto('./?lang=zh');
    await expect(page.getByRole('button', { name: '开始导读' }).first()).toBeVisible();
    await expect(page.locator('body')).not.toContainText('讲述');
  });

  test('?lang=de: the chart row’s account note is not cut', async ({ page }) => {
    await page.goto('./?lang=de');
    const note = page.locator('.campaigns-accounts', { hasText: 'abweich' }).first();
    await note.scrollIntoViewIfNeeded();
    await expect(note).toBeVisible();
    const cut = await note.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(cut).toBe(false);
  });
});

test('?lang=fr: a screen reader hears a range in French’s frame, "du … au …"', async ({ page }) => {
  await page.goto('./?lang=fr');
  const mark = page.getByRole('button', { name: /The campaign Anthropic attributes/ }).first();
  await expect(mark).toHaveAccessibleName(/du 22 avril au 5 juin 2026/);
});

test('?lang=ar: the English headline lines up on the right with the Arabic masthead', async ({
  page,
}) => {
  await page.goto('./?lang=ar');
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveAttribute('dir', 'ltr');
  expect(await h1.evaluate((el) => getComputedStyle(el).textAlign)).toBe('right');
  // The dek reads left to right too: its full stop at its end, not before its first word.
  const dek = page.locator('.dek');
  await expect(dek).toHaveAttribute('dir', 'ltr');
  expect(await dek.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});
