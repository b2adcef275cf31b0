// Screenshots of the built app at desktop and phone sizes, to look at: node scripts/screenshot.mjs [query] [name]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const query = process.argv[2] ?? '';
const name = process.argv[3] ?? 'shot';
const port = 4300 + Math.floor(Math.random() * 90);
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--prefix', '/t/'], {
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
mkdirSync('/tmp/shots', { recursive: true });
try {
  // SIZE=1200x630 takes one shot at that size (the social preview image).
  const sizes = process.env.SIZE
    ? [process.env.SIZE.split('x').map(Number)]
    : [
        [1280, 800],
        [Number(process.env.NARROW ?? 375), 740],
      ];
  for (const [w, h] of sizes) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
    page.on('pageerror', (e) => console.log('page error:', e.message));
    await page.goto(`http://127.0.0.1:${port}/t/${query}`);
    await page.waitForTimeout(600);
    const path = `/tmp/shots/${name}-${w}.png`;
    await page.screenshot({ path, fullPage: process.env.FULL === '1' });
    console.log(path);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
