import AxeBuilder from '@axe-core/playwright';
import { serveStory, test } from './fixtures';
import { expect, type Page } from '@playwright/test';
import { frames } from './helpers';

// Issue 27, the tablet and the desk: details a tap can read, a details column that fits the
// window, titles whole in zoomed views, quiet whiskers, an overview that shows where events
// fall, a story whose "Next" stays put, Enter in the search box, and marks named as they read.

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });
/** The letter's mark: its name starts with the date it shows ("10 June"), then its title. */
const LETTER = /^10 June Anthropic's letter to the Senate Banking Committee, 2026\./;

/** Starts adding up every layout shift from now on (input or not: a jump is a jump). */
async function watchShifts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
}
const shifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: number }).shifts);

/** Labels of drawn marks that reach into the track but are not wholly inside it. */
async function cutLabels(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('.timeline-svg');
    if (!svg) return ['no timeline'];
    const track = svg.getBoundingClientRect();
    const out: string[] = [];
    for (const label of document.querySelectorAll('.timeline .mark-label, .timeline .mark-date')) {
      const b = label.getBoundingClientRect();
      if (b.width === 0 || getComputedStyle(label).visibility === 'hidden') continue;
      if (b.right <= track.left || b.left >= track.right) continue;
      if (b.left < track.left - 1 || b.right > track.right + 1 || label.textContent?.includes('…'))
        out.push(`${label.textContent} (${Math.round(b.left)}–${Math.round(b.right)})`);
    }
    return out;
  });
}

test.describe('the tablet, 768×1024 with touch', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

  test('a tap shows the headline and the summary on screen, the mark in view, nothing jumping', async ({
    page,
  }) => {
    await page.goto('./');
    const letter = timeline(page).getByRole('button', { name: LETTER });
    await expect(letter).toBeVisible();
    // What loads after the first view (the campaign chart) is not the tap's doing.
    await page.waitForLoadState('networkidle');
    await frames(page, 4);
    await watchShifts(page);
    await letter.tap();
    await expect(heading(page)).toHaveText("Anthropic's letter to the Senate Banking Committee");
    const summary = details(page).getByText(/^Anthropic writes to Sen\. Tim Scott/);
    await expect(summary).toBeVisible();
    await frames(page, 4);
    const h = (await heading(page).boundingBox())!;
    const s = (await summary.boundingBox())!;
    const d = (await details(page).boundingBox())!;
    const m = (await letter.boundingBox())!;
    expect(h.y).toBeGreaterThanOrEqual(0);
    // The summary's first three lines (about 24 px each) on screen.
    expect(s.y + 72).toBeLessThanOrEqual(1024);
    // The chosen mark is still there to see, not under the details.
    expect(m.y).toBeGreaterThanOrEqual(0);
    expect(m.y + m.height).toBeLessThanOrEqual(d.y);
    expect(await shifts(page)).toBeLessThanOrEqual(0.01);
  });
});

test.describe('the desk, 1280×800', () => {
  test('the details column fits the window, stays with the reader and scrolls on its own', async ({
    page,
  }) => {
    await page.goto('./?event=letter');
    await expect(heading(page)).toHaveText("Anthropic's letter to the Senate Banking Committee");
    const column = details(page);
    const quote = column.locator('blockquote').first();
    await expect(quote).toBeAttached();
    const box = (await column.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // Sticky: scrolled down the page, the column is still whole on screen.
    await page.evaluate(() => window.scrollTo(0, 150));
    await frames(page);
    const low = (await column.boundingBox())!;
    expect(low.y).toBeGreaterThanOrEqual(0);
    expect(low.y + low.height).toBeLessThanOrEqual(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    await frames(page);
    // Scrolling the column alone brings its sources: the page stays where it is.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 1000);
    await expect(quote).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  for (const query of [
    '?from=2026-05-20&to=2026-07-02',
    '?step=5',
    '?from=2026-06-05&to=2026-06-20',
    '?from=2026-04-10&to=2026-06-11',
    '?from=2026-02-01&to=2026-05-01',
  ])
    test(`zoomed to ${query}, no title or date is cut at an edge`, async ({ page }) => {
      await page.goto(`./${query}`);
      await expect(timeline(page).locator('[data-mark="event"]').first()).toBeVisible();
      await frames(page, 4);
      await expect.poll(() => cutLabels(page)).toEqual([]);
    });

  test('a generated crowded story, zoomed to a few days, cuts no title', async ({ page }) => {
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}`;
    const words = ['committee', 'hearing', 'vote', 'statement', 'report', 'filing', 'ruling'];
    const story = {
      title: 'Generated',
      dek: 'A crowded month.',
      credit: 'Test',
      groups: [{ id: 'g', label: 'Group', color: '#0072B2' }],
      actors: [{ id: 'a', name: 'Actor', group: 'g' }],
      sources: [{ id: 's', outlet: 'Wire', title: 'T', date: null, url: null, description: 'D' }],
      events: Array.from({ length: 24 }, (_, i) => ({
        id: `e${i}`,
        title: `Event ${i + 1}: a long headline about the ${words[i % words.length]} of the day`,
        summary: 'Summary.',
        date: { precision: 'day', date: day(1 + (i % 28)) },
        actors: ['a'],
        kind: 'report',
        attribution: 'Reported',
        citations: [{ source: 's', quote: 'A quote.' }],
      })),
    };
    await serveStory(page, 'generated.json', story);
    for (const [from, to] of [
      ['2026-03-04', '2026-03-11'],
      ['2026-03-10', '2026-03-24'],
    ]) {
      await page.goto(`./?data=generated.json&from=${from}&to=${to}`);
      await expect(timeline(page).locator('[data-mark="event"]').first()).toBeVisible();
      await frames(page, 4);
      await expect.poll(() => cutLabels(page), `${from} to ${to}`).toEqual([]);
    }
  });

  for (const query of ['', '?step=5'])
    test(`the faint lines of uncertain dates stop short of date text${query && ` (${query})`}`, async ({
      page,
    }) => {
      await page.goto(`./${query}`);
      await expect(timeline(page).getByRole('button', { name: LETTER })).toBeVisible();
      await frames(page, 4);
      const crossed = await page.evaluate(() => {
        const out: string[] = [];
        // A date hides what is drawn under it only where a strip of background lies under it.
        const dates = [...document.querySelectorAll('.timeline .mark')].flatMap((mark) => {
          const text = mark.querySelector('.mark-date');
          if (!text) return [];
          const gap = mark.querySelector('.mark-date-gap')?.getBoundingClientRect();
          return [{ text: text.textContent ?? '', box: text.getBoundingClientRect(), gap }];
        });
        for (const w of document.querySelectorAll('.timeline .mark-whisker rect')) {
          const a = w.getBoundingClientRect();
          for (const { text, box: b, gap } of dates) {
            if (!(a.top < b.bottom && a.bottom > b.top)) continue;
            const lo = Math.max(a.left, b.left + 1);
            const hi = Math.min(a.right, b.right - 1);
            if (hi <= lo) continue;
            const hidden =
              gap &&
              gap.left <= lo &&
              gap.right >= hi &&
              gap.top <= a.top &&
              gap.bottom >= a.bottom;
            if (!hidden) out.push(text);
          }
        }
        return out;
      });
      expect(crossed).toEqual([]);
    });

  test('the break label and the next tick are apart, read as two things', async ({ page }) => {
    await page.goto('./');
    await expect(timeline(page).getByRole('button', { name: LETTER })).toBeVisible();
    for (const root of ['.timeline-svg', '.overview']) {
      const gap = await page.evaluate((sel) => {
        const svg = document.querySelector(sel);
        const label = svg?.querySelector('.axis-break-label')?.getBoundingClientRect();
        if (!svg || !label) return -1;
        const texts = [...svg.querySelectorAll('text')].filter(
          (t) => !t.classList.contains('axis-break-label') && t.textContent?.trim(),
        );
        let nearest = Infinity;
        for (const t of texts) {
          const b = t.getBoundingClientRect();
          if (b.bottom <= label.top || b.top >= label.bottom) continue;
          nearest = Math.min(nearest, Math.max(b.left - label.right, label.left - b.right));
        }
        return nearest;
      }, root);
      expect(gap, root).toBeGreaterThanOrEqual(12);
    }
  });

  test('the overview shows where events fall: a tick each, uncertain spans faint', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(timeline(page).getByRole('button', { name: LETTER })).toBeVisible();
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.overview [data-overview-event]')].map((el) => {
        const b = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        return {
          id: el.getAttribute('data-overview-event'),
          kind: el.getAttribute('data-kind'),
          width: b.width,
          ink: Number(style.opacity) * Number(style.fillOpacity),
        };
      }),
    );
    // One tick per event, narrow and strong: where each event falls.
    const ticks = marks.filter((m) => m.kind === 'tick');
    expect(new Set(ticks.map((m) => m.id)).size).toBe(13);
    for (const m of ticks) {
      expect(m.width, String(m.id)).toBeLessThanOrEqual(3);
      expect(m.ink, String(m.id)).toBeGreaterThanOrEqual(0.6);
    }
    // The windows of uncertain dates (a month, "about June") are there, and faint.
    const windows = marks.filter((m) => m.kind === 'window');
    expect(windows.map((m) => m.id)).toEqual(
      expect.arrayContaining(['february-disclosure', 'pentagon-list']),
    );
    for (const m of windows) expect(m.ink, String(m.id)).toBeLessThan(0.5);
  });

  test('in the guided story, "Next" and the timeline stay where they are from step to step', async ({
    page,
  }) => {
    await page.goto('./?step=1');
    const next = page.getByRole('button', { name: 'Next →' });
    await expect(next).toBeVisible();
    const places = new Set<string>();
    const tracks = new Set<number>();
    for (let i = 0; i < 8; i++) {
      const b = (await next.boundingBox())!;
      places.add(`${Math.round(b.x)},${Math.round(b.y)}`);
      tracks.add(Math.round((await timeline(page).locator('svg').first().boundingBox())!.y));
      await next.click();
      await expect(page.getByText(`Step ${i + 2} of 9`)).toBeAttached();
    }
    expect([...places]).toHaveLength(1);
    expect([...tracks]).toHaveLength(1);
  });

  test('Enter in the search box opens the first match', async ({ page }) => {
    await page.goto('./');
    const find = page.getByRole('searchbox', { name: 'Find an event' });
    await find.fill('senate');
    const results = page.getByRole('list', { name: 'Matching events' });
    await expect(results.getByRole('button')).toHaveCount(3);
    const first = await results.getByRole('button').first().textContent();
    await find.press('Enter');
    await expect(heading(page)).toHaveText(first!);
    await expect(heading(page)).toBeInViewport();
  });

  test('marks are named as they read: the date shown, then the title (WCAG 2.5.3)', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(timeline(page).getByRole('button', { name: LETTER })).toBeVisible();
    const result = await new AxeBuilder({ page })
      .withRules(['label-content-name-mismatch'])
      .analyze();
    expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    // And every mark's name starts with exactly what it shows: its date, then its title.
    const mismatched = await page.evaluate(() =>
      [...document.querySelectorAll('.timeline [data-mark="event"][role="button"]')]
        .map((g) => {
          const date = g.querySelector('.mark-date')?.textContent ?? '';
          const title = [...g.querySelectorAll('.mark-label tspan')]
            .map((t) => t.textContent)
            .join(' ');
          const name = g.getAttribute('aria-label') ?? '';
          return name.startsWith(`${date} ${title}`) ? '' : name;
        })
        .filter(Boolean),
    );
    expect(mismatched).toEqual([]);
  });
});
