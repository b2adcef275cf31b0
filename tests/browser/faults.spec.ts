// Faults that must end well (issue 31): a stalled story, a core chunk lost while the picture is
// hidden, a framed editor, a quiet CSP, a language that cannot be downloaded.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { serveStory, test } from './fixtures';
import { expect } from '@playwright/test';

const PORT = process.env.PW_PORT ?? 4317;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

test.describe('a ?data= story that stops arriving', () => {
  // A server of its own: the story must come from the page's origin, and a routed response
  // cannot hold back the rest of its body. It sends "{", then a space a second, never the end.
  let server: Server;
  let base = '';
  const timers = new Set<NodeJS.Timeout>();
  test.beforeAll(async () => {
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/app/stall.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{');
        const timer = setInterval(() => res.write(' '), 1000);
        timers.add(timer);
        res.on('close', () => clearInterval(timer));
        return;
      }
      try {
        const file = join('dist', path.slice('/app/'.length) || 'index.html');
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' });
        res.end(readFileSync(file));
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/app/`;
  });
  test.afterAll(async () => {
    for (const timer of timers) clearInterval(timer);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('ends on the error page with Reload after 15 s without progress', async ({ page }) => {
    // The page's clock is ours: 15 s pass when we say so, not in real time.
    await page.clock.install();
    await page.goto(`${base}?data=stall.json`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('status')).toContainText('Loading the story… 0.0 MB');
    await page.clock.runFor(14_000);
    await expect(page.getByRole('status')).toContainText('Loading the story');
    await page.clock.runFor(1_000);
    await expect(
      page.getByRole('heading', { name: 'This story could not be shown' }),
    ).toBeVisible();
    await expect(page.getByRole('listitem')).toContainText(
      'stall.json: (file): the story file stopped arriving: less than 1,024 bytes in 15 seconds',
    );
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  });
});

test('a core chunk lost while the picture is hidden ends on Reload, in the reader’s language', async ({
  page,
}) => {
  // ?lang=de hides the English picture; every script but the entry is lost (whatever the
  // bundler names them): the German words among them, so the app has none to speak in.
  const core = /\/assets\/(?!index-)[^/]*\.js$/;
  await page.route(core, (r) => r.abort());
  await page.goto('./?lang=de', { waitUntil: 'domcontentloaded' });
  await expect(
    page.getByRole('heading', { name: 'Diese Geschichte kann nicht angezeigt werden' }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('konnte nicht geladen werden');
  await expect(page.getByRole('button', { name: 'Neu laden' })).toBeVisible();
  // Reload fetches the page again; with the chunk back, the app runs.
  await page.unroute(core);
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByRole('region', { name: 'Zeitleiste' })).toBeVisible();
});

test.describe('a reader who reads Traditional Chinese (zh-TW)', () => {
  test.use({ locale: 'zh-TW' });

  test('a core chunk lost while the picture is hidden ends on Reload in Traditional characters', async ({
    page,
  }) => {
    const core = /\/assets\/(?!index-)[^/]*\.js$/;
    await page.route(core, (r) => r.abort());
    await page.goto('./', { waitUntil: 'domcontentloaded' });
    // zh-Hant's words, not zh's (无法显示此报道, 重新加载).
    await expect(page.getByRole('heading', { name: '無法顯示此報導' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('頁面的一部分無法下載');
    await expect(page.getByRole('button', { name: '重新載入' })).toBeVisible();
    await expect(page.locator('.reload-fallback')).toHaveAttribute('lang', 'zh-Hant');
  });
});

test('search says so when its code cannot be downloaded', async ({ page }) => {
  // The matching code is a lazy chunk, fetched on the first query.
  await page.route(/\/assets\/search-[^/]*\.js$/, (r) => r.abort());
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Find an event' }).fill('letter');
  await expect(page.getByRole('search').getByRole('status')).toHaveText(
    'Search could not load: type again, or reload the page.',
  );
});

test.describe('the editor in a frame', () => {
  const EDITOR = `http://127.0.0.1:${PORT}/graphics/distillation/edit/`;
  // Another origin for the same server: the host name differs.
  const HOST = `http://localhost:${PORT}/framing-host.html`;
  const hostPage = (page: import('@playwright/test').Page, src: string) =>
    page.route(HOST, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Host</title><iframe src="${src}" width="900" height="600"></iframe>`,
      }),
    );

  test('the server forbids another site to frame it', async ({ page }) => {
    const response = await page.request.get(EDITOR);
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'self'");
    expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
    await hostPage(page, EDITOR);
    await page.goto(HOST);
    // Chromium puts its own error page in the frame instead.
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await expect(
      page.frameLocator('iframe').getByRole('heading', { name: 'Story editor' }),
    ).toHaveCount(0);
  });

  test('without the header, the editor still refuses and links to its own tab', async ({
    page,
  }) => {
    // A host that sends no header: the same pages, the two headers taken out.
    await page.route(`${EDITOR}**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      delete headers['x-frame-options'];
      await route.fulfill({ response, headers });
    });
    await hostPage(page, EDITOR);
    await page.goto(HOST);
    const frame = page.frameLocator('iframe');
    const link = frame.getByRole('link', { name: 'Open the story editor in its own tab' });
    await expect(link).toHaveAttribute('href', EDITOR);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(frame.getByRole('heading', { name: 'Story editor', exact: true })).toHaveCount(0);
  });

  test('a frame of its own site still shows it', async ({ page }) => {
    const ownHost = `http://127.0.0.1:${PORT}/graphics/distillation/framing-host.html`;
    await page.route(ownHost, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Own</title><iframe src="${EDITOR}" width="900" height="600"></iframe>`,
      }),
    );
    await page.goto(ownHost);
    await expect(
      page.frameLocator('iframe').getByRole('heading', { name: 'Story editor', exact: true }),
    ).toBeVisible();
  });
});

test('a validated ?data= load trips no CSP violation (zod runs jitless)', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await serveStory(page, 'checked.json', readFileSync('data/story.json'));
  await page.goto('./?data=checked.json');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  // The violation event is queued as a task: let any pending one arrive first.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(
    await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  ).toEqual([]);
});

test('a language that cannot be downloaded keeps the page as it is, and says so', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  // The connection drops once the page has everything it fetches by itself (the chart, the
  // record it prefetches): dropped while one of those is still coming, the Reload page is the
  // right answer, and this test is about the language.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  const menu = page.getByRole('combobox', { name: 'Language' });
  await menu.selectOption('de');
  await expect(page.getByRole('status').filter({ hasText: 'could not switch' })).toContainText(
    'The page could not switch to Deutsch: its words could not be downloaded. Check your connection and try again.',
  );
  await expect(menu).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
});
