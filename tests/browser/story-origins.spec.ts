// VITE_STORY_ORIGINS on a real build: the origin reaches the CSP, a story from it loads, and a
// stricter CSP from the host is named as the cause when it blocks one.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';

const PORT = process.env.PW_PORT ?? 4317;
// Another origin for the same server: the host name differs.
const STORY_ORIGIN = `http://localhost:${PORT}`;
const BUILD_URL = `http://127.0.0.1:${PORT}/origins-build/`;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
let dir = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'story-origins-'));
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, VITE_STORY_ORIGINS: STORY_ORIGIN },
  });
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves the build at BUILD_URL, with `csp` as an HTTP header on the page when given. */
async function serveBuild(page: Page, csp?: string) {
  await page.route(`${BUILD_URL}**`, (route) => {
    const rel = new URL(route.request().url()).pathname.slice('/origins-build/'.length);
    const file = join(dir, rel || 'index.html');
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'text/plain',
    };
    if (csp && !rel) headers['content-security-policy'] = csp;
    return route.fulfill({ body: readFileSync(file), headers });
  });
  // Fulfilled after the CSP check: a request the CSP blocks never gets here.
  await page.route(`${STORY_ORIGIN}/stories/**`, (route) =>
    route.fulfill({
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
      body: readFileSync('data/story.json'),
    }),
  );
}

test('the allowed origin is in the built CSP, and a story from it loads', async ({ page }) => {
  expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain(
    `connect-src 'self' ${STORY_ORIGIN};`,
  );
  await serveBuild(page);
  await page.goto(`${BUILD_URL}?data=${STORY_ORIGIN}/stories/s.json`);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
});

test('a host CSP that blocks the story is named as the cause', async ({ page }) => {
  await serveBuild(page, "connect-src 'self'");
  await page.goto(`${BUILD_URL}?data=${STORY_ORIGIN}/stories/s.json`);
  await expect(page.getByRole('heading', { name: 'This story could not be shown' })).toBeVisible();
  await expect(page.getByRole('listitem')).toContainText(
    `from ${STORY_ORIGIN} was blocked by this site's content security policy`,
  );
});
