import { test as base, type Page } from '@playwright/test';

import { importTimelineJsJson } from '../../src/import/timelinejsJson';

/**
 * `page.goto` that returns once the app has taken over from the build-time picture: the app's
 * first render is a transition (src/main.tsx) and may end after the `load` event, and the
 * picture's controls would otherwise match a test's locators too. Pages whose app never starts
 * (a chunk that cannot load) return after 10 s, for the test to say what it sees.
 * prerender.spec.ts tests the picture itself and uses Playwright's own `page`.
 */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (!options?.waitUntil || options.waitUntil === 'load')
        await page
          .waitForFunction(() => !document.querySelector('#root > .prerender'), null, {
            timeout: 10_000,
          })
          .catch(() => undefined);
      return response;
    };
    await provide(page);
  },
});

/**
 * Serves a story of the test's own beside the app, at `name`, for `?data=name`: an object as
 * JSON, text or bytes as they are (a file that is not JSON, or not a story).
 */
export async function serveStory(
  page: Page,
  name: string,
  story: object | string | Buffer,
): Promise<void> {
  const body = typeof story === 'string' || Buffer.isBuffer(story) ? story : JSON.stringify(story);
  await page.route(`**/${name}`, (r) => r.fulfill({ contentType: 'application/json', body }));
}

/** One event of a generated story: a title and a date as the story format writes it. */
export interface StoryEventSpec {
  title: string;
  date: Record<string, string>;
  /** Actor ids (the generated story has actors `a0`…`a2`); the first by default. */
  actors?: string[];
  media?: Record<string, unknown>;
}

/**
 * A story generated in a test, in the story format: one group, three actors, one source every
 * event cites. Other shapes of story are a list of events away.
 */
export function storyOf(events: readonly StoryEventSpec[], title = 'A generated story'): object {
  return {
    language: 'en',
    title,
    dek: `${events.length} events.`,
    credit: 'Test desk',
    groups: [{ id: 'desk', label: 'Desk', color: '#0072B2' }],
    actors: ['a0', 'a1', 'a2'].map((id, i) => ({ id, name: `Actor ${i}`, group: 'desk' })),
    sources: [
      { id: 'wire', outlet: 'Wire', title: null, date: null, url: null, description: 'A wire.' },
    ],
    events: events.map((e, i) => ({
      id: `e${i}`,
      title: e.title,
      summary: `What happened at step ${i}.`,
      date: e.date,
      actors: e.actors ?? ['a0'],
      kind: 'statement',
      attribution: 'Wire reports',
      citations: [{ source: 'wire', quote: `Step ${i}.` }],
      ...(e.media ? { media: e.media } : {}),
    })),
  };
}

/** Opens the page on `story`, served as `name` beside the app (`?data=name`, then `query`). */
export async function openStory(page: Page, name: string, story: object, query = '') {
  await serveStory(page, name, story);
  await page.goto(`./?data=${name}${query}`);
}

/** One slide of a generated TimelineJS sheet: its date parts, headline and text. */
export interface SlideSpec {
  start: Record<string, string>;
  end?: Record<string, string>;
  displayDate?: string;
  headline: string;
  text?: string;
  group?: string;
  media?: Record<string, string>;
}

/**
 * A TimelineJS 3 sheet generated in a test, run through the importer as the editor and
 * `npm run import` do: the story a newsroom's old timeline becomes.
 */
export function importedStory(slides: readonly SlideSpec[], file = 'sheet.json'): object {
  const sheet = {
    title: { text: { headline: 'An imported sheet', text: '' } },
    events: slides.map((s) => ({
      start_date: s.start,
      ...(s.end ? { end_date: s.end } : {}),
      ...(s.displayDate ? { display_date: s.displayDate } : {}),
      text: {
        headline: s.headline,
        text: s.text ?? `<p>${s.headline}, as the sheet tells it.</p>`,
      },
      ...(s.group ? { group: s.group } : {}),
      ...(s.media ? { media: s.media } : {}),
    })),
  };
  const result = importTimelineJsJson(sheet, file);
  if (!result.ok) throw new Error(result.report.map((r) => r.message).join('; '));
  return result.story;
}
