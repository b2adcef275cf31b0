import { afterEach, describe, expect, it, vi } from 'vitest';
import { takePrefetched } from '../../src/data/prefetch';
import { loadStory } from '../../src/data/load';
import { makeStory } from '../fixtures/story';

const PAGE = 'https://news.example.org/graphics/distillation/?data=story.json';
const HREF = 'https://news.example.org/graphics/distillation/story.json';

/** What public/boot.js leaves for the loader when the page opens with ?data=. */
const earlyFetch = (response: Promise<Response>) => {
  response.catch(() => undefined);
  window.__storyFetch = { href: HREF, response };
};

describe('the story download public/boot.js starts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    delete window.__storyFetch;
  });

  it('is taken over by the loader once, which does not fetch again', async () => {
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    earlyFetch(Promise.resolve(new Response(JSON.stringify(makeStory()))));
    const r = await loadStory('story.json', PAGE);
    expect(r.ok).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(takePrefetched(HREF)).toBeNull();
  });

  it('is not used for another address; the loader fetches that itself', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(makeStory())));
    vi.stubGlobal('fetch', fetchMock);
    earlyFetch(Promise.resolve(new Response('not this one')));
    const r = await loadStory('other.json', PAGE);
    expect(r.ok).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports a failed early download as the loader would a failed fetch', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 500 })),
    );
    earlyFetch(Promise.reject(new TypeError('Failed to fetch')));
    const r = await loadStory('story.json', PAGE);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/network error/);
  });
});
