import { readFileSync } from 'node:fs';
import { serveStory, test } from './fixtures';
import { expect, type Page } from '@playwright/test';

// The phone (375×812, touch), as a reader meets it (issue 27, points 1–4): titles beside their
// own dates on the rail in every scale and for stories of other shapes, five whole titles on
// the first screen, the guided story's step on one screen, and pinch and address agreeing.

interface RawDate {
  precision: string;
  date?: string;
  month?: string;
  start?: string;
  end?: string;
}
interface RawEvent {
  id: string;
  title: string | Record<string, string>;
  date: RawDate;
}
interface RawStory {
  events: RawEvent[];
  steps: { event: string }[];
}

const DAY = 86_400_000;
const bundled = JSON.parse(readFileSync('data/story.json', 'utf8')) as RawStory;
const titleOf = (e: RawEvent) => (typeof e.title === 'string' ? e.title : (e.title.en ?? ''));
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The days an event's date covers, as the rail's ticks count them. */
function spanOf(d: RawDate): [number, number] {
  if (d.precision === 'day') return [utc(d.date ?? ''), utc(d.date ?? '') + DAY];
  if (d.precision === 'month') {
    const [y, m] = (d.month ?? '').split('-').map(Number) as [number, number];
    return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  }
  return [utc(d.start ?? ''), utc(d.end ?? '') + DAY];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const eventButton = (page: Page, title: string) =>
  timeline(page).getByRole('button', { name: new RegExp(escape(title)) });

/** The rail's ticks: the time each stands for and where it is on the page. */
async function railTicks(page: Page) {
  return timeline(page)
    .locator('[data-tick-ms]')
    .evaluateAll((els) =>
      els.map((el) => ({
        ms: Number(el.getAttribute('data-tick-ms')),
        y: (el.querySelector('line') ?? el).getBoundingClientRect().top + window.scrollY,
      })),
    );
}

/**
 * Titles not beside their own dates: a title's date line must lie between the last tick at or
 * before its date and the first tick at or after its end (40 px either side), as a reader
 * reading the rail's ticks would place it.
 */
async function misplaced(page: Page, events: RawEvent[]) {
  const ticks = (await railTicks(page)).sort((a, b) => a.ms - b.ms);
  expect(ticks.length).toBeGreaterThan(3);
  const out: string[] = [];
  for (const e of events) {
    const [start, end] = spanOf(e.date);
    const box = await eventButton(page, titleOf(e)).first().boundingBox();
    if (!box) {
      out.push(`${e.id}: not drawn`);
      continue;
    }
    const scrollY = await page.evaluate(() => window.scrollY);
    // The hit area starts 4 px over the label; the date line is its first 16 px.
    const dateY = box.y + scrollY + 12;
    const before = ticks.filter((t) => t.ms <= start).pop();
    const after = ticks.find((t) => t.ms >= end);
    const lo = (before?.y ?? -Infinity) - 40;
    const hi = (after?.y ?? Infinity) + 40;
    if (dateY < lo || dateY > hi)
      out.push(
        `${e.id} at y ${Math.round(dateY)}, its date between ${Math.round(lo)} and ${Math.round(hi)}`,
      );
  }
  return out;
}

/** A story of our own: events on the given days, each cited, with titles of varied length. */
function storyOf(days: string[]): { story: object; events: RawEvent[] } {
  const words = ['Senators', 'question', 'the', 'agency', 'over', 'its', 'new', 'export', 'rules'];
  const events = days.map((date, i) => ({
    id: `e${i}`,
    title: `Item ${i + 1}: ${words.slice(0, 2 + (i % 7)).join(' ')}`,
    summary: 'A generated event.',
    date: { precision: 'day', date },
    actors: ['acme'],
    kind: 'report',
    attribution: 'Reported',
    citations: [{ source: 'wire', quote: 'A generated quote.' }],
  }));
  const story = {
    title: 'A generated story',
    dek: 'Events on days chosen by the test.',
    credit: 'Test',
    groups: [{ id: 'one', label: 'Group one', color: '#0072B2' }],
    actors: [{ id: 'acme', name: 'Acme', group: 'one' }],
    sources: [
      { id: 'wire', outlet: 'Wire', title: 'Wire', date: null, url: null, description: 'Wire.' },
    ],
    events,
  };
  return { story, events };
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('every title sits beside its own date on the rail, in every scale', async ({ page }) => {
    for (const scale of ['breaks', 'linear', 'sequence']) {
      await page.goto(`./?scale=${scale}`);
      await expect(eventButton(page, titleOf(bundled.events[0]!))).toBeVisible();
      expect({ scale, misplaced: await misplaced(page, bundled.events) }).toEqual({
        scale,
        misplaced: [],
      });
    }
  });

  test('titles sit beside their dates in a crowded week and in a decade of 100 events', async ({
    page,
  }) => {
    // Four page loads, each checked title by title: past 30 s on a loaded machine.
    test.slow();
    const crowded = storyOf([
      '2026-01-05',
      '2026-02-02',
      ...Array.from({ length: 14 }, (_, i) => iso(Date.UTC(2026, 2, 9 + (i >> 1)))),
      '2026-04-20',
    ]);
    // A decade, unevenly: quiet years and busy months (a fixed pattern, no randomness).
    const decade = storyOf(
      Array.from({ length: 100 }, (_, i) =>
        iso(Date.UTC(2010, 0, 1) + Math.round((i * i * 3653 * DAY) / 9801 / DAY) * DAY),
      ),
    );
    for (const [name, { story, events }] of [
      ['crowded', crowded],
      ['decade', decade],
    ] as const) {
      await serveStory(page, `${name}.json`, story);
      for (const scale of ['linear', 'breaks']) {
        await page.goto(`./?data=${name}.json&scale=${scale}`);
        await expect(eventButton(page, titleOf(events[0]!))).toBeVisible();
        expect({ name, scale, misplaced: await misplaced(page, events) }).toEqual({
          name,
          scale,
          misplaced: [],
        });
      }
    }
  });

  test('the first screen shows five whole titles, the rail starting at the first', async ({
    page,
  }) => {
    await page.goto('./');
    const first = eventButton(page, titleOf(bundled.events[0]!));
    await expect(first).toBeVisible();
    // The language menu sits in the controls row, not in a row of its own.
    const language = await page.getByRole('combobox', { name: 'Language' }).boundingBox();
    const story = await page.getByRole('button', { name: /^(▶ )?Story$/ }).boundingBox();
    expect(
      Math.abs(language!.y + language!.height / 2 - (story!.y + story!.height / 2)),
    ).toBeLessThan(4);
    // No empty rail before the first event.
    const rail = await timeline(page).boundingBox();
    const firstBox = await first.boundingBox();
    expect(firstBox!.y - rail!.y).toBeLessThan(24);
    let whole = 0;
    for (const e of bundled.events) {
      const box = await eventButton(page, titleOf(e)).boundingBox();
      if (box && box.y >= 0 && box.y + box.height <= 812) whole++;
    }
    expect(whole).toBeGreaterThanOrEqual(5);
  });

  test("the guided story keeps each step's mark, headline and Back / Next on one screen", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('./');
    await page.getByRole('button', { name: /^(▶ )?Story$/ }).tap();
    const panel = page.getByRole('region', { name: 'Guided story' });
    const details = page.getByRole('region', { name: 'Event details' });
    for (const [i, step] of bundled.steps.entries()) {
      const event = bundled.events.find((e) => e.id === step.event)!;
      await expect(panel).toContainText(`${i + 1} of ${bundled.steps.length}`, {
        ignoreCase: true,
      });
      const headline = details.getByRole('heading', { level: 2, name: titleOf(event) });
      await expect(headline).toBeVisible();
      const mark = eventButton(page, titleOf(event));
      await expect(mark).toHaveAttribute('aria-pressed', 'true');
      const next = panel.getByRole('button', { name: /Next/ });
      const back = panel.getByRole('button', { name: /Previous/ });
      // Wait for the page to settle on the step (its scroll follows the choice).
      await expect
        .poll(async () => {
          const m = (await mark.boundingBox())!;
          const p = (await panel.boundingBox())!;
          const sheet = (await details.boundingBox())!;
          const h = (await headline.boundingBox())!;
          const n = (await next.boundingBox())!;
          const b = (await back.boundingBox())!;
          return {
            markBelowPanel: m.y >= p.y + p.height - 1,
            markAboveSheet: m.y + m.height <= sheet.y + 1,
            headlineOnScreen: h.y >= 0 && h.y + h.height <= 812,
            nextOnScreen: n.y >= 0 && n.y + n.height <= 812,
            backOnScreen: b.y >= 0 && b.y + b.height <= 812,
          };
        })
        .toEqual({
          markBelowPanel: true,
          markAboveSheet: true,
          headlineOnScreen: true,
          nextOnScreen: true,
          backOnScreen: true,
        });
      if (i < bundled.steps.length - 1) await next.tap();
    }
  });

  test("after a pinch the address's from/to is the window on screen", async ({ page }) => {
    await page.goto('./');
    const letter = eventButton(page, "Anthropic's letter to the Senate Banking Committee");
    await letter.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await letter.boundingBox())!;
    // Two fingers apart over the letter, in Chromium's own touch events.
    const cdp = await page.context().newCDPSession(page);
    const at = (spread: number) => [
      { x: 200, y: box.y - spread, id: 0 },
      { x: 200, y: box.y + spread, id: 1 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(40) });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(40 + i * 16),
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(page).toHaveURL(/from=.*to=/);
    // Settled: the address no longer changes.
    let url = '';
    await expect
      .poll(async () => {
        const before = url;
        url = page.url();
        return before === url;
      })
      .toBe(true);
    const params = new URL(url).searchParams;
    const from = utc(params.get('from') ?? '');
    const to = utc(params.get('to') ?? '') + DAY;
    // The pinch was over the letter (10 June), in the middle of the screen.
    expect(from).toBeLessThanOrEqual(utc('2026-06-10'));
    expect(to).toBeGreaterThanOrEqual(utc('2026-06-11'));
    // Every title whole on screen has its date in the window; every title off it, outside.
    const wrong: string[] = [];
    let shown = 0;
    for (const e of bundled.events) {
      const [start, end] = spanOf(e.date);
      const b = await eventButton(page, titleOf(e)).boundingBox();
      if (!b) continue;
      const onScreen = b.y >= 0 && b.y + b.height <= 812;
      const offScreen = b.y + b.height < 0 || b.y > 812;
      if (onScreen) shown++;
      if (onScreen && (end <= from || start >= to)) wrong.push(`${e.id} on screen, outside`);
      if (offScreen && start >= from && end <= to && end - start <= DAY)
        wrong.push(`${e.id} off screen, inside`);
    }
    expect({ from: params.get('from'), to: params.get('to'), wrong }).toMatchObject({ wrong: [] });
    expect(shown).toBeGreaterThan(0);
  });
});

test('in a 343 px article column the embed shows six whole titles within 760 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 383, height: 900 });
  const src = encodeURIComponent('/graphics/distillation/');
  await page.goto(`/hosts/embed-js.html?w=343&src=${src}`);
  const iframe = page.locator('iframe').first();
  const frame = iframe.contentFrame();
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
  // Settled: the frame's height matches its content.
  await expect
    .poll(() =>
      iframe.evaluate((el) => {
        const doc = (el as HTMLIFrameElement).contentDocument!;
        const content = doc.documentElement.getBoundingClientRect().height;
        return Math.abs(el.getBoundingClientRect().height - content) <= 2;
      }),
    )
    .toBe(true);
  const frameBox = (await iframe.boundingBox())!;
  expect(frameBox.height).toBeLessThanOrEqual(760);
  let whole = 0;
  for (const e of bundled.events) {
    const title = frame
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: new RegExp(escape(titleOf(e))) });
    // Events past the cut are not drawn until asked for.
    const b = (await title.count()) > 0 ? await title.boundingBox() : null;
    if (b && b.y >= frameBox.y && b.y + b.height <= frameBox.y + frameBox.height && b.x >= 0)
      if (b.x + b.width <= frameBox.x + frameBox.width + 1) whole++;
  }
  expect(whole).toBeGreaterThanOrEqual(6);
  // The rest are one tap away.
  await frame.getByRole('button', { name: /more events?, .*show them/ }).click();
  for (const e of bundled.events)
    await expect(
      frame
        .getByRole('region', { name: 'Timeline' })
        .getByRole('button', { name: new RegExp(escape(titleOf(e))) }),
    ).toBeVisible();
});
