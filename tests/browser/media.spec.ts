import AxeBuilder from '@axe-core/playwright';
import { importedStory, openStory, storyOf, test } from './fixtures';
import { expect, type Page } from '@playwright/test';

// Media from other sites in a generated story: every kind is a card, and nothing is requested
// from another site before a reader's click. The default build lists no site, so its cards are
// links; a build with VITE_MEDIA_ORIGINS set to the player sites below (as when this spec is
// run with that variable, after a build with it) also runs the click-to-load half.

const PLAYER_SITES = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://w.soundcloud.com',
  'https://www.openstreetmap.org',
  'https://images.example.org',
];
const listed = (process.env.VITE_MEDIA_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);
const playersListed = PLAYER_SITES.every((o) => listed.includes(o));

const day = (d: number) => ({ precision: 'day', date: `2025-03-${String(d).padStart(2, '0')}` });

/** Each kind once, with the card's kind line and the site its player or picture comes from. */
const MEDIA = [
  {
    media: {
      type: 'link',
      url: 'https://youtu.be/dQw4w9WgXcQ?t=42',
      caption: 'The hearing, from 0:42.',
      credit: 'Example TV',
    },
    kind: 'Video · YouTube',
    load: 'Load video from youtube-nocookie.com',
  },
  {
    media: { type: 'link', url: 'https://vimeo.com/76979871', caption: 'A documentary clip.' },
    kind: 'Video · Vimeo',
    load: 'Load video from player.vimeo.com',
  },
  {
    media: {
      type: 'link',
      url: 'https://soundcloud.com/an-artist/a-track',
      caption: 'The interview.',
      credit: 'Example Radio',
    },
    kind: 'Audio · SoundCloud',
    load: 'Load audio from w.soundcloud.com',
  },
  {
    media: {
      type: 'link',
      url: 'https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=15/52.5200/13.4050',
      caption: 'Where it happened.',
    },
    kind: 'Map · OpenStreetMap',
    load: 'Load map from openstreetmap.org',
  },
  {
    media: {
      type: 'image',
      src: 'https://images.example.org/hall.jpg',
      alt: 'A fictional hall, empty.',
      caption: 'The hall.',
      credit: 'Example Photo',
      width: 1200,
      height: 800,
    },
    kind: 'Image · images.example.org',
    load: 'Load image from images.example.org',
  },
] as const;

const STORY = storyOf(
  MEDIA.map((m, i) => ({
    title: `Event ${i + 1} with media`,
    date: day(3 + i * 4),
    media: { ...m.media },
  })),
  'Media from other sites',
);

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });

/** Every request the page makes, for the test to check where they went. */
function recordRequests(page: Page): URL[] {
  const seen: URL[] = [];
  page.on('request', (r) => seen.push(new URL(r.url())));
  return seen;
}

const elsewhere = (page: Page, seen: URL[]) => {
  const own = new URL(page.url()).origin;
  return seen.filter((u) => u.origin !== own && u.protocol !== 'data:').map((u) => u.href);
};

for (const [label, viewport] of [
  ['desk', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 812 }],
] as const)
  test(`${label}: each medium is a card of its kind, and no other site is asked for anything`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const seen = recordRequests(page);
    for (const [i, m] of MEDIA.entries()) {
      await openStory(page, 'media.json', STORY, `&event=e${i}`);
      const card = details(page).getByRole('figure').filter({ hasText: m.kind });
      await expect(card).toBeVisible();
      const link = card.getByRole('link', { name: new RegExp(`^${m.media.caption}`) });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', /noopener/);
      await expect(card.getByRole('button', { name: m.load })).toHaveCount(playersListed ? 1 : 0);
      await expect(card.locator('iframe')).toHaveCount(0);
      await expect(card.getByRole('img')).toHaveCount(0);
    }
    expect(elsewhere(page, seen)).toEqual([]);
    expect(seen.length).toBeGreaterThan(MEDIA.length);
  });

test('the page’s CSP frames only the sites the build lists', async ({ page }) => {
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const directive = (name: string) =>
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === name)
      ?.slice(1);
  expect(directive('frame-src')).toEqual(["'self'", ...listed]);
  expect(directive('img-src')).toEqual(["'self'", 'data:', ...listed]);
});

test('an imported sheet’s YouTube row is a video card', async ({ page }) => {
  const story = importedStory([
    {
      start: { year: '2024', month: '5', day: '2' },
      headline: 'A fictional committee hearing',
      media: {
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        caption: 'The hearing',
        credit: 'Example TV',
      },
    },
    { start: { year: '2024', month: '6', day: '9' }, headline: 'A fictional vote' },
  ]);
  const seen = recordRequests(page);
  await openStory(page, 'sheet.json', story, '&event=a-fictional-committee-hearing');
  const card = details(page).getByRole('figure').filter({ hasText: 'Video · YouTube' });
  await expect(card).toContainText('Example TV');
  await expect(card.getByRole('link', { name: /^The hearing/ })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  );
  expect(elsewhere(page, seen)).toEqual([]);
});

test('the details with media cards have no axe violations', async ({ page }) => {
  test.setTimeout(60_000);
  await openStory(page, 'media.json', STORY, '&event=e0');
  await expect(details(page).getByText('Video · YouTube')).toBeVisible();
  const result = await new AxeBuilder({ page })
    .include('[aria-label="Event details"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

test.describe('where the build lists the player sites', () => {
  test.skip(!playersListed, `run after a build with VITE_MEDIA_ORIGINS=${PLAYER_SITES.join(',')}`);

  for (const [label, viewport] of [
    ['desk', { width: 1280, height: 800 }],
    ['phone', { width: 375, height: 812 }],
  ] as const)
    test(`${label}: a click, and only a click, loads the player in the box kept for it`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // A stand-in for the player: this machine may have no network, and the test needs none.
      await page.route('https://www.youtube-nocookie.com/**', (r) =>
        r.fulfill({ contentType: 'text/html', body: '<p>A stand-in player</p>' }),
      );
      const seen = recordRequests(page);
      await openStory(page, 'media.json', STORY, '&event=e0');
      const button = details(page).getByRole('button', { name: MEDIA[0].load });
      await expect(button).toBeVisible();
      const box = (await button.locator('..').boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
      const caption = details(page).getByRole('link', { name: /^The hearing/ });
      const captionAt = await caption.boundingBox();
      const target = (await button.boundingBox())!;
      expect(Math.min(target.width, target.height)).toBeGreaterThanOrEqual(24);
      expect(elsewhere(page, seen)).toEqual([]);
      // By keyboard: Tab from the details' heading reaches the button, and Enter loads the player.
      await details(page)
        .getByRole('heading', { level: 2 })
        .evaluate((h) => {
          h.setAttribute('tabindex', '-1');
          (h as HTMLElement).focus();
        });
      for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      const frame = details(page).locator('iframe');
      await expect(frame).toHaveAttribute('title', 'Video · YouTube: The hearing, from 0:42.');
      await expect(frame).toBeFocused();
      expect(elsewhere(page, seen)).toEqual([
        'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42',
      ]);
      // Nothing jumps: the player fills the box kept for it, and the caption under it stays put.
      expect(await frame.locator('..').boundingBox()).toEqual(box);
      expect(await caption.boundingBox()).toEqual(captionAt);
      await expect(page.frameLocator('iframe').getByText('A stand-in player')).toBeVisible();
    });
});
