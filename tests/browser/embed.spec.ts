// The embed, in real host pages (tests/hosts/): embed.js, Pym.js and Datawrapper's snippet.
// "Stub child" tests run src/embed/resize.ts inside tests/hosts/stub-child.html, so the hosts'
// side is tested on its own; "the app" tests embed the built app at /graphics/distillation/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { test } from './fixtures';
import { expect, type Locator, type Page } from '@playwright/test';
import { frames } from './helpers';

const ORIGIN = `http://127.0.0.1:${process.env.PW_PORT ?? 4317}`;
const APP = '/graphics/distillation/?embed=1';
const WIDTHS_PX = [320, 768, 1280] as const;
const HOSTS = ['embed-js', 'pym', 'datawrapper'] as const;
type Host = (typeof HOSTS)[number];
/** The frame is never more than this many px off its content height. */
const TOLERANCE_PX = 2;

/** Host page URL; `src`, `src1`, `src2` override the child URL (see tests/hosts/host.js). */
function hostUrl(host: Host, widthPx: number, children: Record<string, string> = {}): string {
  const params = new URLSearchParams({ w: String(widthPx), ...children });
  return `${ORIGIN}/hosts/${host}.html?${params}`;
}

/** A viewport just wider than the host's column. */
async function openHost(page: Page, url: string, widthPx: number) {
  await page.setViewportSize({ width: widthPx + 40, height: 900 });
  await page.goto(url);
}

/** Serves src/embed/*.ts (and the store file they import), transpiled, for stub-child.html. */
async function serveEmbedModules(page: Page) {
  // heightMessages reads the hosts' ids from ../store/hostParams, served from src/store/.
  await page.route(/\/hosts\/(__embed__|store)\/\w+(\.js)?$/, async (route) => {
    const path = new URL(route.request().url()).pathname.split('/');
    const name = path.pop()!.replace(/\.js$/, '');
    const folder = path.pop() === 'store' ? 'store' : 'embed';
    const source = readFileSync(
      join(import.meta.dirname, '../../src', folder, `${name}.ts`),
      'utf8',
    );
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    return route.fulfill({ contentType: 'text/javascript', body: outputText });
  });
}

interface Fit {
  /** The iframe element's height in the host page. */
  framePx: number;
  /** The child document's content height (its root element's border box). */
  contentPx: number;
  /** The child's scrolling element: more than clientHeight means an inner scrollbar. */
  scrollHeightPx: number;
  clientHeightPx: number;
}

async function measureFit(iframe: Locator): Promise<Fit> {
  const framePx = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  const inner = await frame!.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      contentPx: document.documentElement.getBoundingClientRect().height,
      scrollHeightPx: scroller.scrollHeight,
      clientHeightPx: scroller.clientHeight,
    };
  });
  return { framePx, ...inner };
}

/**
 * Waits until the frame fits its content and both stayed put between two polls (so a check
 * right after a click does not pass on the old layout), then checks for an inner scrollbar.
 */
async function expectFits(iframe: Locator): Promise<Fit> {
  let previous: Fit | undefined;
  await expect
    .poll(
      async () => {
        const fit = await measureFit(iframe);
        const settled = previous?.framePx === fit.framePx && previous.contentPx === fit.contentPx;
        previous = fit;
        return settled ? Math.abs(fit.framePx - fit.contentPx) : Infinity;
      },
      {
        message: 'iframe height matches the child content height',
        intervals: [150],
        timeout: 10_000,
      },
    )
    .toBeLessThanOrEqual(TOLERANCE_PX);
  const fit = previous!;
  expect(fit.scrollHeightPx, 'no inner scrollbar').toBeLessThanOrEqual(fit.clientHeightPx + 1);
  return fit;
}

/** Records a measured figure in the report. */
function note(label: string, fit: Fit) {
  test.info().annotations.push({
    type: 'height',
    description: `${label}: frame ${fit.framePx.toFixed(1)} px, content ${fit.contentPx.toFixed(1)} px`,
  });
}

/** Posts `data` from the host page or from inside `from`, then waits until the host handled it. */
async function postThenFlush(page: Page, from: Page | Locator, data: unknown) {
  type Flushable = Window & { flushed?: Promise<void> };
  await page.evaluate(() => {
    (window as Flushable).flushed = new Promise<void>((resolve) => {
      window.addEventListener('message', (e) => e.data === 'flush' && resolve());
    });
  });
  // Messages from one window arrive in order, so 'flush' comes after `data` was handled.
  const sender =
    'goto' in from ? from.mainFrame() : (await (await from.elementHandle())!.contentFrame())!;
  await sender.evaluate((d) => {
    window.parent.postMessage(d, '*');
    window.parent.postMessage('flush', '*');
  }, data);
  await page.evaluate(() => (window as Flushable).flushed);
}

test.describe('embed.js with a stub child', () => {
  const STUBS = { src1: '/hosts/stub-child.html?rows=3', src2: '/hosts/stub-child.html?rows=14' };

  test.beforeEach(async ({ page }) => serveEmbedModules(page));

  test('builds a titled, lazy, borderless iframe with embed=1 and a per-frame id', async ({
    page,
  }) => {
    await openHost(page, hostUrl('embed-js', 768), 768);
    const frames = page.locator('iframe');
    await expect(frames).toHaveCount(2);
    const first = frames.nth(0);
    await expect(first).toHaveAttribute(
      'title',
      'Timeline: the fight over AI distillation attacks',
    );
    await expect(frames.nth(1)).toHaveAttribute('title', 'Interactive timeline');
    await expect(first).toHaveAttribute('loading', 'lazy');
    expect(await first.getAttribute('allow')).toBeNull();
    const srcs = await frames.evaluateAll((els) => els.map((el) => el.getAttribute('src')!));
    expect(srcs.map((s) => new URL(s).searchParams.get('embed'))).toEqual(['1', '1']);
    expect(srcs.map((s) => new URL(s).searchParams.get('embedId'))).toEqual([
      'dt-embed-1',
      'dt-embed-2',
    ]);
    expect(new URL(srcs[1]!).searchParams.get('actors')).toBe('anthropic,alibaba');
    const style = await first.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        display: s.display,
        border: s.borderTopWidth,
        width: el.getBoundingClientRect().width,
      };
    });
    expect(style).toEqual({ display: 'block', border: '0px', width: 768 });
    // The fallback link inside the div gave way to the frame.
    await expect(page.getByRole('link', { name: /open the interactive timeline/i })).toHaveCount(0);
  });

  for (const widthPx of WIDTHS_PX) {
    test(`sizes two embeds independently at ${widthPx} px`, async ({ page }) => {
      await openHost(page, hostUrl('embed-js', widthPx, STUBS), widthPx);
      const [short, tall] = [page.locator('iframe').nth(0), page.locator('iframe').nth(1)];
      await tall.scrollIntoViewIfNeeded();
      const shortFit = await expectFits(short);
      const tallFit = await expectFits(tall);
      note(`stub 3 rows @${widthPx}`, shortFit);
      note(`stub 14 rows @${widthPx}`, tallFit);
      expect(tallFit.framePx).toBeGreaterThan(shortFit.framePx + 100);

      // Growing the second leaves the first alone.
      await tall.contentFrame().getByRole('button', { name: 'Add row' }).click();
      await tall.contentFrame().getByRole('button', { name: 'Add row' }).click();
      const grown = await expectFits(tall);
      expect(grown.framePx).toBeGreaterThan(tallFit.framePx);
      expect((await measureFit(short)).framePx).toBe(shortFit.framePx);

      // And it shrinks back.
      for (let i = 0; i < 10; i++) {
        await tall.contentFrame().getByRole('button', { name: 'Remove row' }).click();
      }
      const shrunk = await expectFits(tall);
      expect(shrunk.framePx).toBeLessThan(tallFit.framePx);
    });
  }

  test('ignores height messages from other windows, or naming another frame', async ({ page }) => {
    await openHost(page, hostUrl('embed-js', 768, STUBS), 768);
    const [first, second] = [page.locator('iframe').nth(0), page.locator('iframe').nth(1)];
    await second.scrollIntoViewIfNeeded();
    const before = [(await expectFits(first)).framePx, (await expectFits(second)).framePx];
    const type = 'distillation-timeline:height';
    await postThenFlush(page, page, { type, height: 5 });
    await postThenFlush(page, page, { type, height: 5, id: 'dt-embed-1' });
    await postThenFlush(page, first, { type, height: 5, id: 'dt-embed-2' });
    await postThenFlush(page, first, { type, height: 'tall' });
    const after = [(await measureFit(first)).framePx, (await measureFit(second)).framePx];
    expect(after).toEqual(before);
    // The right frame with the right shape does resize.
    await postThenFlush(page, first, { type, height: 123 });
    expect((await measureFit(first)).framePx).toBe(123);
  });

  test('clamps absurd heights, and ignores a frame that left the embed origin', async ({
    page,
  }) => {
    await openHost(page, hostUrl('embed-js', 768, STUBS), 768);
    const first = page.locator('iframe').nth(0);
    await expectFits(first);
    const type = 'distillation-timeline:height';
    await postThenFlush(page, first, { type, height: 123_456 });
    expect((await measureFit(first)).framePx).toBe(20_000);
    await postThenFlush(page, first, { type, height: 300 });
    // The same frame, now showing a page from another origin (data: URLs have an opaque one).
    await first.evaluate((f: HTMLIFrameElement) => {
      f.src = 'data:text/html,<p>elsewhere</p>';
    });
    await expect(first.contentFrame().getByText('elsewhere')).toBeVisible();
    await postThenFlush(page, first, { type, height: 123_456 });
    await postThenFlush(page, first, { type, height: 50 });
    expect(await first.evaluate((f) => f.getBoundingClientRect().height)).toBe(300);
  });

  test('finds embeds added later, and tolerates the script being pasted twice', async ({
    page,
  }) => {
    await openHost(page, hostUrl('embed-js', 768, STUBS), 768);
    await expect(page.locator('iframe')).toHaveCount(2);
    // Resolves once the second copy of embed.js has run: anything it would add is there then.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const div = document.createElement('div');
          div.setAttribute('data-timeline-embed', '');
          div.setAttribute('data-src', '/hosts/stub-child.html?rows=2');
          document.getElementById('column')!.append(div);
          const script = document.createElement('script');
          script.src = '/graphics/distillation/embed.js';
          script.onload = () => resolve();
          script.onerror = () => reject(new Error('embed.js did not load'));
          document.body.append(script);
        }),
    );
    await expect(page.locator('iframe')).toHaveCount(3);
    await frames(page);
    await expect(page.locator('iframe')).toHaveCount(3);
    const third = page.locator('iframe').nth(2);
    await third.scrollIntoViewIfNeeded();
    await expect(third).toHaveAttribute('src', /embedId=dt-embed-3/);
    await expectFits(third);
  });

  test('sets no cookie or storage and requests nothing off-origin', async ({ page, context }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(`${ORIGIN}/`)) foreign.push(r.url());
    });
    await openHost(page, hostUrl('embed-js', 768, STUBS), 768);
    await page.locator('iframe').nth(1).scrollIntoViewIfNeeded();
    await expectFits(page.locator('iframe').nth(1));
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

test.describe('Pym.js and Datawrapper hosts with a stub child', () => {
  test.beforeEach(async ({ page }) => serveEmbedModules(page));

  for (const host of ['pym', 'datawrapper'] as const) {
    for (const widthPx of WIDTHS_PX) {
      test(`${host} at ${widthPx} px follows growth and shrinkage`, async ({ page }) => {
        await openHost(
          page,
          hostUrl(host, widthPx, { src: '/hosts/stub-child.html?embed=1' }),
          widthPx,
        );
        const iframe = page.locator('iframe');
        if (host === 'pym') await expect(iframe).toHaveAttribute('src', /childId=container/);
        const start = await expectFits(iframe);
        note(`${host} stub @${widthPx}`, start);
        await iframe.contentFrame().getByRole('button', { name: 'Add row' }).click();
        expect((await expectFits(iframe)).framePx).toBeGreaterThan(start.framePx);
        for (let i = 0; i < 3; i++) {
          await iframe.contentFrame().getByRole('button', { name: 'Remove row' }).click();
        }
        expect((await expectFits(iframe)).framePx).toBeLessThan(start.framePx);
      });
    }
  }
});

test.describe('Pym.js host with a crafted childId', () => {
  test.beforeEach(async ({ page }) => serveEmbedModules(page));

  test('sends nothing but a height: no navigateTo, the host stays put', async ({ page }) => {
    // The crafted id comes first in the URL; pym.Parent appends its own childId=container.
    const crafted = 'containerxPYMxnavigateToxPYMx/hosts/pwned.html? x';
    const src = `/hosts/stub-child.html?embed=1&childId=${encodeURIComponent(crafted)}`;
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as Window & { seen?: unknown[] }).seen = seen;
      window.addEventListener('message', (e) => seen.push(e.data), true);
    });
    const url = hostUrl('pym', 768, { src });
    await openHost(page, url, 768);
    const iframe = page.locator('iframe');
    await expectFits(iframe);
    await iframe.contentFrame().getByRole('button', { name: 'Add row' }).click();
    await expectFits(iframe);
    expect(page.url()).toBe(url);
    const pymStrings = await page.evaluate(() =>
      ((window as Window & { seen?: unknown[] }).seen ?? []).filter((d) => typeof d === 'string'),
    );
    expect(pymStrings.length).toBeGreaterThan(0);
    for (const m of pymStrings) expect(m).toMatch(/^pymxPYMxcontainerxPYMxheightxPYMx\d+$/);
  });
});

test.describe('the app, embedded', () => {
  /** The app URL each host loads: embed.js adds embed=1 itself; pym adds childId. */
  const appUrlFor = (host: Host) => (host === 'embed-js' ? '/graphics/distillation/' : APP);

  for (const host of HOSTS) {
    for (const widthPx of WIDTHS_PX) {
      test(`${host} at ${widthPx} px: frame fits the app, no inner scrollbar`, async ({ page }) => {
        await openHost(page, hostUrl(host, widthPx, { src: appUrlFor(host) }), widthPx);
        const iframe = page.locator('iframe').first();
        await expect(iframe).toHaveAttribute('src', /[?&]embed=1/);
        const frame = iframe.contentFrame();
        await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
        note(`app in ${host} @${widthPx}`, await expectFits(iframe));
      });
    }
  }

  for (const host of HOSTS) {
    for (const widthPx of WIDTHS_PX) {
      test(`${host} at ${widthPx} px: height follows a filter change and a selection`, async ({
        page,
      }) => {
        await openHost(page, hostUrl(host, widthPx, { src: appUrlFor(host) }), widthPx);
        const iframe = page.locator('iframe').first();
        const frame = iframe.contentFrame();
        const timeline = frame.getByRole('region', { name: 'Timeline' });
        await expect(timeline).toBeVisible();
        const start = await expectFits(iframe);

        // The filter may sit in a closed disclosure (it does when embedded): opening it is a
        // height change too, and closing it again must shrink the frame back.
        const actors = frame.getByRole('group', { name: /^Filter by actor/ });
        const anthropic = actors.getByRole('checkbox', { name: /^Anthropic/ });
        const disclosure = frame.getByRole('button', { name: /^Actors:/ });
        const opened = !(await anthropic.isVisible());
        if (opened) {
          await disclosure.click();
          const open = await expectFits(iframe);
          expect(open.framePx).toBeGreaterThan(start.framePx);
        }
        await anthropic.click();
        note(`app in ${host} @${widthPx}, filtered`, await expectFits(iframe));
        await anthropic.click();
        await expectFits(iframe);
        if (opened) {
          await disclosure.click();
          const closed = await expectFits(iframe);
          expect(Math.abs(closed.framePx - start.framePx)).toBeLessThanOrEqual(TOLERANCE_PX);
        }

        // The first event: drawn at every width (later ones may sit in a "+N" cluster at 320 px).
        await timeline.getByRole('button', { name: /Anthropic names DeepSeek/ }).click();
        const selected = await expectFits(iframe);
        note(`app in ${host} @${widthPx}, selected`, selected);
        // The details panel adds content, so the frame must have grown to show it.
        expect(selected.framePx).toBeGreaterThan(start.framePx);
      });
    }
  }
});
