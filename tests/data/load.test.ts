import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStory, MAX_STORY_BYTES, resolveStoryUrl } from '../../src/data/load';
import { makeStory } from '../fixtures/story';

const PAGE = 'https://news.example.org/graphics/distillation/?embed=1';

describe('resolveStoryUrl', () => {
  it.each([
    ['story.json', 'https://news.example.org/graphics/distillation/story.json'],
    ['/data/other.json', 'https://news.example.org/data/other.json'],
    ['../x/y.json', 'https://news.example.org/graphics/x/y.json'],
  ])('resolves %s on our own origin', (param, expected) => {
    expect(resolveStoryUrl(param, PAGE)?.href).toBe(expected);
  });
  it.each([
    'https://evil.example.com/story.json',
    '//evil.example.com/story.json',
    'javascript:alert(1)',
    'data:application/json,{}',
  ])('refuses %s', (param) => {
    expect(resolveStoryUrl(param, PAGE)).toBeNull();
  });
});

describe('loadStory', () => {
  afterEach(() => vi.unstubAllGlobals());
  const respond = (body: BodyInit | null, init: ResponseInit = {}) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, init)),
    );

  it('loads and validates a story, reporting progress', async () => {
    respond(JSON.stringify(makeStory()), { headers: { 'content-length': '10' } });
    const progress: number[] = [];
    const r = await loadStory('story.json', PAGE, (loaded) => progress.push(loaded));
    expect(r.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
  });
  it.each([
    ['a 404', () => respond('nope', { status: 404 }), /no story file at this address \(404\)/],
    ['a server error', () => respond('x', { status: 500 }), /answered 500/],
    ['not JSON', () => respond('<html>'), /not valid JSON/],
    [
      'a file over 64 MB',
      () => respond('{}', { headers: { 'content-length': String(MAX_STORY_BYTES + 1) } }),
      /limit is 64 MB/,
    ],
    [
      'a network failure',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async () => {
            throw new TypeError('Failed to fetch');
          }),
        ),
      /network error/,
    ],
    [
      "a fetch refused by the page's CSP",
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async (url: URL) => {
            // What Chromium does: a violation event on the document, then a bare TypeError.
            const event = Object.assign(new Event('securitypolicyviolation'), {
              blockedURI: String(url),
            });
            setTimeout(() => document.dispatchEvent(event), 0);
            throw new TypeError('Failed to fetch');
          }),
        ),
      /blocked by this site's content security policy/,
    ],
  ])('gives its own message for %s', async (_name, setup, message) => {
    setup();
    const r = await loadStory('story.json', PAGE);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(message);
  });
  it('refuses another origin without fetching', async () => {
    const f = vi.fn();
    vi.stubGlobal('fetch', f);
    const r = await loadStory('https://evil.example.com/s.json', PAGE);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/another site/);
    expect(f).not.toHaveBeenCalled();
  });
});
