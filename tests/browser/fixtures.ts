import { test as base } from '@playwright/test';

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
