import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Download, Locator, Page } from '@playwright/test';

/**
 * `page.goto` that returns once the app has taken over from the build-time picture: the app's
 * first render is a transition (src/main.tsx) and may end after the `load` event, and the
 * picture's controls would otherwise match a test's locators too. Pages whose app never starts
 * (a chunk that cannot load) return after 10 s, for the test to say what it sees.
 * prerender.spec.ts tests the picture itself and uses Playwright's own `page`.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (!options?.waitUntil || options.waitUntil === 'load')
        await page
          .waitForFunction(() => !document.querySelector('#root > .prerender'), null, {
            timeout: 10_000,
          })
          .catch(() => undefined);
      return response;
    };
    await provide(page);
  },
});

/**
 * Serves a story of the test's own beside the app, at `name`, for `?data=name`: an object as
 * JSON, text or bytes as they are (a file that is not JSON, or not a story).
 */
export async function serveStory(
  page: Page,
  name: string,
  story: object | string | Buffer,
): Promise<void> {
  const body = typeof story === 'string' || Buffer.isBuffer(story) ? story : JSON.stringify(story);
  await page.route(`**/${name}`, (r) => r.fulfill({ contentType: 'application/json', body }));
}
