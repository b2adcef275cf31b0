// Measures the built app embedded in a real Pym.js host page (tests/hosts/pym.html):
//   node scripts/measure-embeds.mjs [extra query, e.g. "&theme=dark"]
// For each width and embed URL: the frame's settled height, whether the content scrolls inside
// the frame, and every height the frame was sent while loading (what makes an article jump).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const extra = process.argv[2] ?? '';
const port = 4400 + Math.floor(Math.random() * 90);
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--prefix', '/t/'], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const CASES = [
  ['default', '?embed=1'],
  ['parts=timeline', '?embed=1&parts=timeline'],
  ['height=560', '?embed=1&height=560'],
  ['event open', '?embed=1&event=letter'],
  ['event open, all sources', '?embed=1&event=letter', 'all'],
  ['longest event open', '?embed=1&event=alibaba-campaign'],
];
const WIDTHS = [320, 768, 1280];
try {
  for (const [name, query, action] of CASES) {
    const row = [];
    for (const w of WIDTHS) {
      const page = await browser.newPage({ viewport: { width: w + 40, height: 900 } });
      // Records each height pym.Parent receives, before the host's own scripts run.
      await page.addInitScript(() => {
        window.__heights = [];
        window.addEventListener('message', (e) => {
          if (typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx'))
            window.__heights.push(Number(e.data.split('xPYMx').pop()));
        });
      });
      const src = `/t/${query}${extra}`;
      await page.goto(
        `http://127.0.0.1:${port}/hosts/pym.html?w=${w}&src=${encodeURIComponent(src)}`,
      );
      const frame = page.frameLocator('iframe');
      await frame.getByRole('region', { name: 'Timeline' }).waitFor();
      if (action === 'all') {
        const more = frame.getByRole('button', { name: /^All \d+ sources/ });
        if (await more.count()) await more.click();
      }
      // Settled: the same frame height over a second (a script may wait; a test must not).
      let last = -1;
      let height = 0;
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(500);
        height = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
        if (height === last) break;
        last = height;
      }
      const inner = await page.frames()[1].evaluate(() => {
        const s = document.scrollingElement ?? document.documentElement;
        return { scroll: s.scrollHeight, client: s.clientHeight };
      });
      const heights = await page.evaluate(() => window.__heights);
      row.push(
        `${w}: ${Math.round(height)} px${inner.scroll > inner.client + 1 ? ` (scrolls ${inner.scroll})` : ''} msgs [${heights.join(', ')}]`,
      );
      if (process.env.SHOTS) {
        const safe = name.replace(/\W+/g, '-');
        await page.screenshot({ path: `/tmp/shots/embed-${safe}-${w}.png`, fullPage: true });
      }
      await page.close();
    }
    console.log(`${name.padEnd(24)} ${row.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.kill();
}
