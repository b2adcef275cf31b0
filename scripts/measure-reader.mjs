// Measures the reader-first figures on the built app: node scripts/measure-reader.mjs
// (track top, whole titles, details beside/under the chosen mark, Tab stops, swipe scroll).
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const port = 4400 + Math.floor(Math.random() * 90);
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--prefix', '/t/'], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const sizes = [
  { name: 'desk', viewport: { width: 1280, height: 800 } },
  {
    name: 'phone',
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
  },
];
try {
  for (const { name, ...ctx } of sizes) {
    const context = await browser.newContext(ctx);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/t/`);
    const region = page.getByRole('region', { name: 'Timeline' });
    await region.locator('[data-mark="event"]').first().waitFor();
    const figures = await page.evaluate(() => {
      const svg = document.querySelector('.timeline-svg');
      const events = [...document.querySelectorAll('.timeline [data-mark="event"][role="button"]')];
      const whole = events.filter((g) => {
        const label = g.querySelector('.mark-label');
        const name = g.getAttribute('aria-label') ?? '';
        const text = [...(label?.querySelectorAll('tspan') ?? [])]
          .map((t) => t.textContent)
          .join(' ');
        const box = label?.getBoundingClientRect();
        const inside = box && box.left >= 0 && box.right <= document.documentElement.clientWidth;
        return inside && name.startsWith(`${text}, `);
      });
      return {
        trackTop: Math.round(svg?.getBoundingClientRect().top ?? -1),
        events: events.length,
        whole: whole.length,
        clusters: document.querySelectorAll('.timeline .cluster').length,
      };
    });
    await region.getByRole('button', { name: /^Anthropic's letter/ }).click();
    const details = page.getByRole('region', { name: 'Event details' });
    await details.getByRole('heading', { level: 2 }).waitFor();
    const after = await page.evaluate(() => {
      const h = document.querySelector('#details-title')?.getBoundingClientRect();
      const panel = document.querySelector('.details')?.getBoundingClientRect();
      const m = document
        .querySelector('[data-event-id="letter"] .mark-shape')
        ?.getBoundingClientRect();
      return {
        headingTop: Math.round(h?.top ?? -1),
        headingOnScreen: !!h && h.top >= 0 && h.bottom <= innerHeight,
        markTop: Math.round(m?.top ?? -1),
        markOnScreen: !!m && m.top >= 0 && m.bottom <= innerHeight,
        markCoveredByPanel:
          !!m && !!panel && innerWidth < 600 && m.bottom > panel.top && m.top < panel.bottom,
      };
    });
    console.log(name, JSON.stringify({ ...figures, ...after }));
    await page.screenshot({ path: `/tmp/shots/measure-${name}.png` });
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
