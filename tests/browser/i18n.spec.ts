import AxeBuilder from '@axe-core/playwright';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';
import { en, type MessageKey } from '../../src/i18n/messages/en';
import type { Catalog } from '../../src/i18n/catalog';
import de from '../../src/i18n/messages/de';
import fr from '../../src/i18n/messages/fr';
import es from '../../src/i18n/messages/es';
import pt from '../../src/i18n/messages/pt';
import ar from '../../src/i18n/messages/ar';
import zh from '../../src/i18n/messages/zh';
import ja from '../../src/i18n/messages/ja';

const CATALOGS: [string, Catalog, string][] = [
  ['de', de, 'ltr'],
  ['fr', fr, 'ltr'],
  ['es', es, 'ltr'],
  ['pt', pt, 'ltr'],
  ['ar', ar, 'rtl'],
  ['zh', zh, 'ltr'],
  ['ja', ja, 'ltr'],
];
const text = (c: Catalog, key: MessageKey) => {
  const m = c[key];
  return typeof m === 'string' ? m : m.other;
};
/** Words of the page's own controls, always on screen at 1280 px. */
const VISIBLE: MessageKey[] = [
  'page.timeline',
  'page.list',
  'page.storyStart',
  'page.embed',
  'page.shortcuts',
  'zoom.all',
  'details.empty',
];
const NAMED: MessageKey[] = ['zoom.in', 'zoom.out', 'zoom.level', 'page.skip'];

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

for (const [lang, catalog, dir] of CATALOGS) {
  test(`?lang=${lang}: the interface in its language, no English left, dates by Intl`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto(`./?lang=${lang}`);
    await expect(page.getByRole('region', { name: text(catalog, 'timeline.label') })).toBeVisible();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : lang);
    await expect(html).toHaveAttribute('dir', dir);
    for (const key of VISIBLE) {
      await expect(page.getByText(text(catalog, key), { exact: true }).first()).toBeVisible();
      await expect(page.getByText(text(en, key), { exact: true })).toHaveCount(0);
    }
    for (const key of NAMED)
      await expect(page.getByRole('button', { name: text(en, key), exact: true })).toHaveCount(0);
    // The axis names June as the language does, from Intl in the same browser.
    const june = await page.evaluate(
      (l) =>
        new Intl.DateTimeFormat(l, { month: 'short', timeZone: 'UTC' }).format(
          Date.UTC(2026, 5, 15),
        ),
      lang,
    );
    await expect(page.locator('svg text', { hasText: june }).first()).toBeVisible();
    // "Jun" is German too; "May" is English only.
    await expect(page.locator('svg text', { hasText: /^May$/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('?lang=de shows the German story, its quotes verbatim with our translation below', async ({
  page,
}) => {
  await page.goto('./?lang=de&event=letter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Der Streit um KI-Destillationsangriffe, 2026' }),
  ).toBeVisible();
  const details = page.getByRole('region', { name: 'Details zum Ereignis' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Anthropics Brief an den Bankenausschuss des Senats',
  );
  await expect(details.getByText('10. Juni 2026')).toBeVisible();
  // The quote stays in English, marked as such; the translation is labelled as ours.
  const quote = details.locator('blockquote[lang="en"]').first();
  await expect(quote).toContainText('The letter was addressed to Sen. Tim Scott');
  await expect(details.getByText('Unsere Übersetzung (Deutsch):').first()).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(2); // language menu and time scale
  await expect(page.getByRole('option', { name: 'Deutsch' })).toBeAttached();
});

test('the language menu switches the page and keeps the choice in the URL', async ({ page }) => {
  await page.goto('./?event=letter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The fight over AI distillation attacks, 2026',
  );
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Der Streit um KI-Destillationsangriffe, 2026',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('de');
  expect(new URL(page.url()).searchParams.get('event')).toBe('letter');
  // The embed code carries the language.
  await page.getByRole('button', { name: 'Einbetten' }).click();
  await expect(page.getByRole('dialog').locator('textarea').first()).toHaveValue(/lang=de/);
});

test('an unknown code falls back to English with a quiet notice, never an error', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?lang=xx');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('The language “xx” is not available')).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('reads the full page in German without ?lang=, the embed in the story’s language', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Zeitleiste' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Der Streit um KI-Destillationsangriffe, 2026',
    );
    await page.goto('./?embed=1');
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  });

  test('gets its words requested while the page is parsed, not after the app’s code has run', async ({
    page,
  }) => {
    // public/boot.js preloads the chosen catalog: before it did, the request began once the
    // entry had been evaluated, which is after the document was parsed.
    const when = async (catalog: RegExp) =>
      page.evaluate((source) => {
        const re = new RegExp(source);
        const words = performance.getEntriesByType('resource').filter((r) => re.test(r.name));
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          requests: words.length,
          startedBeforeParsed: words[0]!.startTime < nav.domInteractive,
        };
      }, catalog.source);
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Zeitleiste' })).toBeVisible();
    expect(await when(/\/assets\/de-[\w-]+\.js$/)).toEqual({
      requests: 1,
      startedBeforeParsed: true,
    });
    await page.goto('./?lang=zh-TW&embed=1');
    await expect(page.getByRole('region', { name: '時間軸' })).toBeVisible();
    expect(await when(/\/assets\/zh-Hant-[\w-]+\.js$/)).toEqual({
      requests: 1,
      startedBeforeParsed: true,
    });
  });
});

test('an English reader downloads no other language’s words', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  const words = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => /\/assets\/(ar|de|es|fr|ja|pt|zh|zh-Hant)-[\w-]{8}\.js$/.test(n)),
  );
  expect(words).toEqual([]);
});

for (const [w, h] of [
  [1280, 800],
  [375, 812],
] as const)
  test(`?lang=ar at ${w} px: right to left, nothing overflows, axe finds nothing`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./?lang=ar&event=letter');
    await expect(page.getByRole('region', { name: 'الخط الزمني' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // Mirrored: the details column sits left of the timeline on a desk.
    if (w === 1280) {
      const details = await page.getByRole('region', { name: 'تفاصيل الحدث' }).boundingBox();
      const timeline = await page.getByRole('region', { name: 'الخط الزمني' }).boundingBox();
      expect(details!.x).toBeLessThan(timeline!.x);
    }
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });

test('?lang=ar: the Download menu opens toward the page, not off its left edge', async ({
  page,
}) => {
  await page.goto('./?lang=ar');
  const button = page.getByRole('button', { name: ar['page.download'] as string, exact: true });
  await button.click();
  const panel = page.getByRole('group', { name: ar['page.download'] as string });
  await expect(panel).toBeVisible();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('every language keeps the controls to one row, each label on one line', async ({ page }) => {
    test.setTimeout(60_000);
    const labels: Record<string, string> = {};
    for (const lang of ['en', ...CATALOGS.map(([l]) => l)]) {
      await page.goto(`./?lang=${lang}`);
      const toolbar = page.locator('.toolbar');
      await expect(toolbar.getByRole('button').first()).toBeVisible();
      const rows = await toolbar.evaluate((bar) => {
        // The language menu too: in German and Portuguese it had wrapped alone to a second row.
        const shown = [...bar.querySelectorAll<HTMLElement>('input, button, select')].filter(
          (b) => b.offsetParent,
        );
        const middles = new Set(
          shown.map((b) => {
            const r = b.getBoundingClientRect();
            return Math.round((r.top + r.bottom) / 2);
          }),
        );
        const tall = shown.filter((b) => b.getBoundingClientRect().height > 46).length;
        return { rows: middles.size, tall };
      });
      expect({ lang, ...rows }).toEqual({ lang, rows: 1, tall: 0 });
      labels[lang] = (await toolbar.locator('.actors-button').textContent()) ?? '';
    }
    // The filter says all it can: its long words where they fit, its short ones where not.
    expect(labels.en).toMatch(/^Actors: all 14/);
    expect(labels.de).toMatch(/^Akteure \(14\)/);
    expect(labels.pt).toMatch(/^Atores \(14\)/);
  });

  test('in Arabic the search, the buttons and the language menu share one line, none cut or overlapping', async ({
    page,
  }) => {
    await page.goto('./?lang=ar');
    const toolbar = page.getByRole('group', { name: ar['page.controls'] as string });
    await expect(toolbar.getByRole('combobox')).toBeVisible();
    const boxes = await toolbar.evaluate((bar) =>
      [...bar.querySelectorAll('input, button, select')]
        .filter((c) => (c as HTMLElement).offsetParent)
        .map((c) => c.getBoundingClientRect())
        .map((b) => ({ top: b.top, bottom: b.bottom, left: b.left, right: b.right })),
    );
    // The language menu had wrapped alone under the row's first control (375 px).
    const middle = (b: (typeof boxes)[number]) => Math.round((b.top + b.bottom) / 2);
    expect(new Set(boxes.map(middle)).size).toBe(1);
    const sorted = [...boxes].sort((a, b) => a.left - b.left);
    expect(sorted[0]!.left).toBeGreaterThanOrEqual(0);
    expect(sorted.at(-1)!.right).toBeLessThanOrEqual(375);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]!.left).toBeGreaterThanOrEqual(sorted[i - 1]!.right);
  });
});
