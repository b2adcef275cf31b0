// Issue 15, item 6: the build's pictures of the opening view, and the codes that carry them
// (the <noscript> fallback, the AMP placeholder, "Image only").
import { test } from './fixtures';
import { expect } from '@playwright/test';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

interface PictureSet {
  alt: string;
  heightPx: { phone: number; column: number };
  png: boolean;
}

test('the build wrote the pictures at 320, 640 and 1,280 px, and their record', async ({
  request,
}) => {
  const set = (await (await request.get('embed-images.json')).json()) as PictureSet;
  expect(set.png).toBe(true);
  expect(set.alt).toMatch(/^Timeline, “The fight over AI distillation attacks, 2026”: 13 events/);
  const files: [string, number, number][] = [
    ['timeline-320.png', 320, set.heightPx.phone],
    ['timeline-320@2x.png', 640, set.heightPx.phone * 2],
    ['timeline-640.png', 640, set.heightPx.column],
    ['timeline-1280.png', 1280, set.heightPx.column * 2],
  ];
  for (const [name, width, height] of files) {
    const res = await request.get(name);
    expect(res.status(), name).toBe(200);
    expect(res.headers()['content-type'], name).toBe('image/png');
    expect(pngSize(await res.body()), name).toEqual({ width, height });
  }
  for (const width of [320, 640, 1280]) {
    const res = await request.get(`timeline-${width}.svg`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/svg+xml');
    const svg = await res.text();
    expect(svg).toMatch(new RegExp(`<svg [^>]*width="${width}"`));
    // Whole titles and the words around the timeline, as text.
    expect(svg).toContain('The fight over AI distillation attacks, 2026');
    expect(svg).toContain('Compiled from three news documents');
    expect(svg).not.toMatch(/class=|data-event-id|var\(--/);
  }
  // Every event has a place of its own: no "+N" cluster a picture could not open.
  const column = await (await request.get('timeline-640.svg')).text();
  for (const title of ['Anthropic names DeepSeek,', 'share distillation intelligence'])
    expect(column).toContain(title);
  expect(column).not.toMatch(/>\+\d+</);
});

test('the Embed dialog’s codes carry the picture with its alt text, and "Image only" gives it', async ({
  page,
  request,
}) => {
  const set = (await (await request.get('embed-images.json')).json()) as PictureSet;
  const alt = `alt="${set.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  await page.goto('./?actors=anthropic');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
  const code = (name: string) => dialog.getByRole('textbox', { name }).inputValue();
  const base = new URL('./', page.url()).href;

  const image = await code('Image only');
  for (const file of ['timeline-320.png', 'timeline-640.png', 'timeline-1280.png'])
    expect(image).toContain(`${base}${file}`);
  expect(image).toContain(alt);
  expect(image).toMatch(/^<a href="[^"]+"><picture><source media="\(max-width: 559\.98px\)"/);

  const script = await code('Script embed (self-sizing)');
  expect(script).toMatch(/<div data-timeline-embed [^>]*>\n<noscript><a [^>]*><picture>/);
  expect(script).toContain(alt);
  const iframe = await code('Iframe only');
  expect(iframe).toMatch(/<\/iframe>\n<noscript><style>iframe\.timeline-embed-frame/);
  expect(iframe).toContain(alt);
  const amp = await code('AMP');
  expect(amp).toMatch(
    new RegExp(`<amp-img placeholder layout="fill" src="${base}timeline-640\\.png" [^>]*${alt}`),
  );
  expect(amp).toContain(`width="640" height="${set.heightPx.column}" layout="responsive"`);

  // Pasted into a page whose reader runs no script: the picture, at the phone's drawing on a
  // phone, and no frame.
  const codes = { image, script, iframe };
  for (const [width, file] of [
    [1280, 'timeline-640.png'],
    [390, 'timeline-320.png'],
  ] as const) {
    const context = await page
      .context()
      .browser()!
      .newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
    const host = await context.newPage();
    for (const [name, html] of Object.entries(codes)) {
      await host.goto(`${base}embed-images.json`);
      await host.setContent(`<!doctype html><body><p>Before.</p>${html}<p>After.</p></body>`);
      const img = host.getByRole('img', { name: set.alt });
      await expect(img, name).toBeVisible();
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.currentSrc))
        .toBe(`${base}${file}`);
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
      await expect(host.locator('iframe:visible')).toHaveCount(0);
    }
    await context.close();
  }
});

test('the oEmbed response carries the picture without script', async ({ request }) => {
  const oembed = (await (await request.get('oembed.json')).json()) as { html: string };
  expect(oembed.html).toMatch(/^<iframe class="timeline-embed-frame" src="\.\/\?embed=1"/);
  expect(oembed.html).toContain('<noscript>');
  expect(oembed.html).toContain('./timeline-640.png 1x, ./timeline-1280.png 2x');
  expect(oembed.html).toMatch(/alt="Timeline, “The fight over AI distillation attacks/);
});
