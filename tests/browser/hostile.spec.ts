import { MAX_ACTORS } from '../../src/data/limits';
import { serveStory, test } from './fixtures';
import { expect, type Page } from '@playwright/test';

/** A small valid story of our own, to be made hostile field by field. */
function base() {
  return {
    title: 'Hostile test',
    dek: 'Checks that data is only ever text.',
    credit: 'Test',
    groups: [{ id: 'g', label: 'Group', color: '#0072B2' }],
    actors: [{ id: 'a', name: 'Actor', group: 'g' }],
    sources: [
      { id: 's', outlet: 'Wire', title: 'T', date: null, url: null, description: 'A source.' },
    ],
    events: [
      {
        id: 'e1',
        title: 'First event',
        summary: 'Summary.',
        date: { precision: 'day', date: '2026-03-01' },
        actors: ['a'],
        kind: 'report',
        attribution: 'Reported',
        citations: [{ source: 's', quote: 'A quote of some length.' }],
      },
    ],
  };
}

async function open(page: Page, story: object | string) {
  const pwned: string[] = [];
  page.on('dialog', (d) => {
    pwned.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => pwned.push(`error: ${e.message}`));
  await serveStory(page, 'hostile.json', story);
  await page.goto('./?data=hostile.json');
  return pwned;
}

const SCRIPT = '<script>window.__pwned = 1; alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned = 2; alert(2)">';
const SVG = '<svg onload="window.__pwned = 3"><circle/></svg>';

test('markup in titles, summaries and quotes is shown as text and never runs', async ({ page }) => {
  const story = base();
  const e = story.events[0]!;
  e.title = `Title ${SCRIPT}`;
  e.summary = `Summary ${IMG} ${SVG}`;
  e.citations[0]!.quote = `Quote ${IMG}`;
  story.actors[0]!.name = `Actor ${SVG}`;
  const pwned = await open(page, story);
  const button = page
    .getByRole('region', { name: 'Timeline' })
    .locator('[data-mark="event"][role="button"]');
  await button.first().click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toContainText('<script>');
  await expect(page.locator('.details-summary')).toContainText('onerror');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
  expect(pwned).toEqual([]);
});

test('javascript: and data: links are refused with a message naming the field', async ({
  page,
}) => {
  const story = base();
  (story.sources[0] as { url: string | null }).url = 'javascript:alert(document.domain)';
  story.sources.push({
    id: 's2',
    outlet: null,
    title: null,
    date: null,
    url: 'data:text/html,<script>alert(1)</script>',
    description: 'x',
  } as never);
  const pwned = await open(page, story);
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  await expect(page.getByText(/sources\[0\]\.url.*not an http: or https: URL/)).toBeVisible();
  await expect(page.getByText(/sources\[1\]\.url/)).toBeVisible();
  expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
  expect(pwned).toEqual([]);
});

test('a 10,000-character title is refused with its path', async ({ page }) => {
  const long = base();
  long.events[0]!.title = 'x'.repeat(10_000);
  const pwned = await open(page, long);
  await expect(page.getByText(/events\[0\]\.title/)).toBeVisible();
  expect(pwned).toEqual([]);
});

test('right-to-left text, emoji and the most actors allowed; 5,000 are refused', async ({
  page,
}) => {
  const many = base();
  while (many.actors.length < MAX_ACTORS)
    many.actors.push({
      id: `actor-${many.actors.length}`,
      name: `Actor ${many.actors.length}`,
      group: 'g',
    });
  const last = many.actors.at(-1)!.id;
  many.events[0]!.title = 'مرحبا بالعالم — שלום 🌍🚀 event';
  many.events[0]!.actors = ['a', last];
  const pwned = await open(page, many);
  const button = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: /مرحبا بالعالم/ });
  await expect(button).toBeVisible();
  expect(pwned).toEqual([]);

  // Past the limit (src/data/limits.ts) the page says so instead of drawing 5,000 lanes.
  for (let i = 0; i < 5000; i++)
    many.actors.push({ id: `more-${i}`, name: `More ${i}`, group: 'g' });
  await page.unrouteAll();
  await open(page, many);
  await expect(page.getByText(/actors: 5,\d{3} actors; the limit is 200/)).toBeVisible();
});

test('deep junk, __proto__ keys and bad JSON give messages, not crashes', async ({ page }) => {
  let junk: unknown = 'leaf';
  for (let i = 0; i < 2000; i++) junk = { nested: junk };
  const pwned = await open(page, { ...base(), junk });
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  await expect(page.getByText(/junk/).first()).toBeVisible();

  await page.unrouteAll();
  await open(page, '{"__proto__": {"polluted": true}, "title": "x"}');
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();

  await page.unrouteAll();
  await open(page, '{"title": ');
  await expect(page.getByText(/not valid JSON/)).toBeVisible();
  expect(pwned).toEqual([]);
});

test('the app runs under its Content-Security-Policy (no eval, same origin only)', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('./?event=letter');
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(violations).toEqual([]);
});
