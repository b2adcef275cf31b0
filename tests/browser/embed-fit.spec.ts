// Issue 15's figures: the app in the three host kinds at 320/768/1280 px stays within the
// heights an article can take, sends its real height first and few heights while loading, and
// is light in a dark-mode browser unless `theme` says otherwise.
import { test } from './fixtures';
import { expect, type Page } from '@playwright/test';

const WIDTHS_PX = [320, 768, 1280] as const;
const HOSTS = ['pym', 'datawrapper', 'embed-js'] as const;
type Host = (typeof HOSTS)[number];
const APP = '/graphics/distillation/';

/** Most px allowed, by case and width (phone widths wrap the summary to twice the lines). */
const LIMITS = {
  default: (w: number) => (w <= 320 ? 760 : 700),
  timeline: () => 480,
  event: (w: number) => (w <= 320 ? 1000 : 900),
};

/** Opens `host` with the app at `query`, recording each height the host is sent. */
async function openEmbed(page: Page, host: Host, widthPx: number, query: string) {
  await page.setViewportSize({ width: widthPx + 40, height: 900 });
  await page.addInitScript(() => {
    const w = window as Window & { heights?: number[]; startPx?: number };
    w.heights = [];
    // The height embed.js gives the frame when it creates it, before any message.
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof HTMLIFrameElement && w.startPx === undefined)
            w.startPx = parseFloat(n.style.height);
    }).observe(document, { childList: true, subtree: true });
    window.addEventListener('message', (e) => {
      const d: unknown = e.data;
      // One message per host convention: count Datawrapper's, which every host is sent.
      if (typeof d === 'object' && d !== null && 'datawrapper-height' in d) {
        const v = Object.values(
          (d as Record<string, Record<string, number>>)['datawrapper-height']!,
        );
        w.heights!.push(v[0]!);
      }
    });
  });
  // embed.js adds embed=1 itself; the other hosts are given it.
  const src = host === 'embed-js' ? `${APP}?${query}` : `${APP}?embed=1&${query}`;
  await page.goto(`/hosts/${host}.html?w=${widthPx}&src=${encodeURIComponent(src)}`);
  const iframe = page.locator('iframe').first();
  const frame = iframe.contentFrame();
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
  return { iframe, frame };
}

/** The frame's height once it matches its content (two equal polls in a row). */
async function settledHeight(page: Page): Promise<number> {
  const iframe = page.locator('iframe').first();
  let last = -1;
  await expect
    .poll(
      async () => {
        const h = await iframe.evaluate((el) => {
          const doc = (el as HTMLIFrameElement).contentDocument!;
          const content = Math.ceil(doc.documentElement.getBoundingClientRect().height);
          const frame = Math.round(el.getBoundingClientRect().height);
          return Math.abs(frame - content) <= 2 ? frame : -1;
        });
        const settled = h > 0 && h === last;
        last = h;
        return settled;
      },
      { intervals: [150], timeout: 10_000 },
    )
    .toBe(true);
  return last;
}

const heights = (page: Page) =>
  page.evaluate(() => (window as Window & { heights?: number[] }).heights ?? []);

for (const host of HOSTS) {
  for (const w of WIDTHS_PX) {
    test(`${host} at ${w} px: compact by default, first height real, few messages`, async ({
      page,
    }) => {
      await openEmbed(page, host, w, '');
      const h = await settledHeight(page);
      expect(h).toBeLessThanOrEqual(LIMITS.default(w));
      const sent = await heights(page);
      expect(sent[0], 'the first height message is the real height').toBeGreaterThan(300);
      expect(sent.length).toBeLessThanOrEqual(3);
      expect(sent.at(-1)).toBe(h);
      if (host === 'embed-js') {
        // embed.js reserves the height measured at build time for this width: no shift.
        const startPx = await page.evaluate(
          () => (window as Window & { startPx?: number }).startPx,
        );
        expect(Math.abs(startPx! - h)).toBeLessThanOrEqual(2);
      }
    });

    test(`${host} at ${w} px: parts=timeline, and an event open`, async ({ page }) => {
      const { frame } = await openEmbed(page, host, w, 'parts=timeline');
      expect(await settledHeight(page)).toBeLessThanOrEqual(LIMITS.timeline());
      await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
      await expect(frame.getByRole('button', { name: 'Zoom in' })).toBeVisible();

      await openEmbed(page, host, w, 'event=commerce-restrictions');
      const details = frame.getByRole('region', { name: 'Event details' });
      await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
      const open = await settledHeight(page);
      expect(open).toBeLessThanOrEqual(LIMITS.event(w));
      // The rest of the sources come on request, and only then may the frame grow.
      await details.getByRole('button', { name: /^All 2 sources/ }).click();
      await expect(details.getByRole('heading', { name: /^Sources \(2\)/ })).toBeVisible();
      expect(await settledHeight(page)).toBeGreaterThan(open);
    });
  }
}

// The event with the longest summary (and a two-line date beside the close button), at the
// narrowest width: the tallest open event, within the same limit.
for (const host of HOSTS) {
  test(`${host} at 320 px: the longest event open fits 1,000 px`, async ({ page }) => {
    const { frame } = await openEmbed(page, host, 320, 'event=alibaba-campaign');
    const details = frame.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(
      'The campaign Anthropic attributes to Alibaba and Qwen',
    );
    await expect(details.getByRole('button', { name: /^All 3 sources/ })).toBeVisible();
    expect(await settledHeight(page)).toBeLessThanOrEqual(LIMITS.event(320));
  });
}

for (const host of HOSTS) {
  for (const w of WIDTHS_PX) {
    test(`${host} at ${w} px: height=560 lays out in 560 px, headline inside, no messages`, async ({
      page,
    }) => {
      const { iframe, frame } = await openEmbed(
        page,
        host,
        w,
        'height=560&event=commerce-restrictions',
      );
      const headline = frame
        .getByRole('region', { name: 'Event details' })
        .getByRole('heading', { level: 2 });
      await expect(headline).toBeVisible();
      const inner = await iframe.evaluate((el) => {
        const doc = (el as HTMLIFrameElement).contentDocument!;
        const h2 = doc.querySelector('#details-title')!.getBoundingClientRect();
        const slot = doc.querySelector('.details-slot')!;
        return {
          docPx: doc.documentElement.getBoundingClientRect().height,
          pagePx: doc.querySelector('.page')!.getBoundingClientRect().height,
          headlineTop: h2.top,
          headlineBottom: h2.bottom,
          timelineBottom: doc.querySelector('[aria-label="Timeline"]')!.getBoundingClientRect()
            .bottom,
          // The details are longer than their panel and scroll inside it.
          detailsScroll: slot.scrollHeight > slot.clientHeight,
        };
      });
      expect(inner.pagePx).toBe(560);
      expect(inner.docPx).toBeLessThanOrEqual(560);
      expect(inner.headlineTop).toBeGreaterThanOrEqual(0);
      expect(inner.headlineBottom).toBeLessThanOrEqual(560);
      expect(inner.timelineBottom).toBeLessThan(inner.headlineTop);
      expect(inner.detailsScroll).toBe(true);
      expect(await heights(page), 'a fixed-height embed sends no height').toEqual([]);
      if (host === 'embed-js')
        expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(560);
    });
  }
}

test.describe('in a dark-mode browser', () => {
  test.use({ colorScheme: 'dark' });

  test('an embed is light unless theme says otherwise', async ({ page }) => {
    const bg = () => frame.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
    let { frame } = await openEmbed(page, 'pym', 768, '');
    await expect.poll(bg).toBe('rgb(255, 255, 255)');
    ({ frame } = await openEmbed(page, 'pym', 768, 'theme=auto'));
    await expect.poll(bg).toBe('rgb(18, 18, 18)');
    ({ frame } = await openEmbed(page, 'pym', 768, 'theme=dark'));
    await expect.poll(bg).toBe('rgb(18, 18, 18)');
  });
});
