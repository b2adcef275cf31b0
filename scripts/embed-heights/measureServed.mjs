// Measures an embed's opening heights in Chromium for a built folder (dist/, or a folder
// `npm run publish` wrote), served under a prefix as a host would: the table embed.js and the
// Embed dialog read (src/embed/startHeights.ts), per column width, for each view query.
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { heightKey } from '../../src/embed/startHeights.ts';
import { measureSteps } from '../../src/embed/measureSteps.ts';

async function open(page, base, query, widthPx) {
  await page.setViewportSize({ width: widthPx, height: 900 });
  for (let tries = 0; ; tries++) {
    try {
      await page.goto(`${base}?embed=1${query ? `&${query}` : ''}`);
      break;
    } catch (e) {
      // The server may still be starting.
      if (tries > 20) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  // The timeline region's name is in the embed's language.
  await page.locator('[role=region] svg').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}

/** The settled content height at a width: the same over three frames running. */
async function heightAtWidth(page, widthPx) {
  await page.setViewportSize({ width: widthPx, height: 900 });
  return page.evaluate(async () => {
    const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
    let last = -1;
    let h = measure();
    for (let same = 0; same < 3;) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      h = measure();
      same = h === last ? same + 1 : 0;
      last = h;
    }
    return h;
  });
}

/**
 * `{lang, heights}` for `queries` of the folder `root`, measured by resizing one loaded page
 * per query (two pages at once: measuring is mostly waiting for layout). With `checkFresh`, a
 * fresh load at each of the default's step widths must give the same height (else it throws).
 */
export async function measureServed({ root, queries, storyLang, checkFresh = false }) {
  const { chromium } = await import('@playwright/test');
  const port = 4500 + Math.floor(Math.random() * 400);
  const server = spawn(
    'node',
    ['scripts/serve.mjs', '--port', String(port), '--prefix', '/e/', '--root', root],
    { stdio: 'ignore' },
  );
  const base = `http://127.0.0.1:${port}/e/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const heights = {};
  try {
    const pages = await Promise.all([browser.newPage(), browser.newPage()]);
    const todo = [...queries];
    await Promise.all(
      pages.map(async (page) => {
        for (let q = todo.shift(); q !== undefined; q = todo.shift()) {
          await open(page, base, q, 1320);
          heights[heightKey(new URLSearchParams(q), storyLang)] = await measureSteps((w) =>
            heightAtWidth(page, w),
          );
        }
      }),
    );
    if (checkFresh) {
      const page = pages[0];
      for (const [w, px] of heights['']) {
        await open(page, base, '', w);
        const fresh = await heightAtWidth(page, w);
        if (fresh !== px)
          throw new Error(`embed-heights: at ${w} px a fresh load is ${fresh}, not ${px}`);
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  // In the order of `queries`, whichever page measured each: the same table from the same story.
  const ordered = {};
  for (const q of queries) {
    const key = heightKey(new URLSearchParams(q), storyLang);
    if (key in heights) ordered[key] = heights[key];
  }
  return { lang: storyLang, heights: ordered };
}
