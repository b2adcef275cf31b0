// After `vite build`: measures the default embed (`?embed=1`, the bundled story, nothing
// selected) at a few frame widths in Chromium, and writes the table into dist/embed.js and
// dist/embed-heights.json. embed.js then reserves the right height for its frame's width before
// the first height message, so the host article shifts at most once (by the fonts' difference).
// Without Chromium it keeps embed.js's fallback (640 px) and says so, without failing the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

export const WIDTHS_PX = [320, 375, 480, 600, 768, 1024, 1280];
const file = 'dist/embed.js';
const MARKER = /var START_HEIGHTS = \[[^\]]*\];/;

if (!existsSync(CHROMIUM_PATH)) {
  console.warn(`embed-heights: no Chromium at ${CHROMIUM_PATH}; embed.js reserves 640 px`);
  process.exit(0);
}
const { chromium } = await import('@playwright/test');
const port = 4500 + Math.floor(Math.random() * 400);
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--prefix', '/e/'], {
  stdio: 'ignore',
});
const t0 = performance.now();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const table = [];
try {
  const page = await browser.newPage();
  for (const w of WIDTHS_PX) {
    await page.setViewportSize({ width: w, height: 900 });
    for (let tries = 0; ; tries++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/e/?embed=1`);
        break;
      } catch (e) {
        // The server may still be starting.
        if (tries > 20) throw e;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    const h = await page.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    table.push([w, h]);
  }
} finally {
  await browser.close();
  server.kill();
}
const js = readFileSync(file, 'utf8');
if (!MARKER.test(js)) {
  console.error(`embed-heights: ${file} has no "var START_HEIGHTS = [];" to fill`);
  process.exit(1);
}
writeFileSync(
  file,
  js.replace(MARKER, () => `var START_HEIGHTS = ${JSON.stringify(table)};`),
);
writeFileSync('dist/embed-heights.json', `${JSON.stringify(table)}\n`);
console.log(
  `embed-heights: ${table.map(([w, h]) => `${w}→${h}`).join(', ')} px (${(performance.now() - t0).toFixed(0)} ms)`,
);
