import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchStory, takePrefetched } from '../../src/data/prefetch';
import { loadStory } from '../../src/data/load';
import { makeStory } from '../fixtures/story';

const PAGE = 'https://news.example.org/graphics/distillation/?data=story.json';
const HREF = 'https://news.example.org/graphics/distillation/story.json';

describe('prefetchStory', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts the fetch once, and hands the response over once', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(makeStory())));
    vi.stubGlobal('fetch', fetchMock);
    prefetchStory('story.json', PAGE);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const r = await loadStory('story.json', PAGE);
    expect(r.ok).toBe(true);
    // The loader used the prefetched response rather than fetching again.
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(takePrefetched(HREF)).toBeNull();
  });

  it('fetches nothing for a file on another site', () => {
    const fetchMock = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', fetchMock);
    prefetchStory('https://evil.example.com/story.json', PAGE);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(takePrefetched('https://evil.example.com/story.json')).toBeNull();
  });

  it('reports a failed prefetch as the loader would a failed fetch', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    prefetchStory('story.json', PAGE);
    const r = await loadStory('story.json', PAGE);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/network error/);
  });
});
