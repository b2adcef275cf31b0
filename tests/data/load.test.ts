import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStory, QUICK_CHECK_CHARS, STALL_MS } from '../../src/data/load';
import { generateStory } from '../../scripts/bench/generate.mjs';
import { makeStory } from '../fixtures/story';
import { MAX_STORY_BYTES } from '../../src/data/limits';
import { resolveStoryUrl } from '../../src/data/storyUrl';

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
      /the story file is 67,108,865 bytes \(64\.0 MB\); the limit is 67,108,864 bytes \(64 MB\)/,
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
          vi.fn(async (url: URL, init?: RequestInit) => {
            // Not a redirect: asked not to follow one, the server answers the file.
            if (init?.redirect === 'manual') return new Response('{}');
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
  describe('a big story', () => {
    // Big enough for the quick pass (about 2,000 events); jsdom has no Worker, so the full
    // check runs on the page after a task, as where a worker cannot start.
    const big = () => {
      const story = generateStory(2600, 7);
      expect(JSON.stringify(story).length).toBeGreaterThan(QUICK_CHECK_CHARS);
      return story;
    };

    it('is drawn after the quick pass, and its full check then accepts it as drawn', async () => {
      respond(JSON.stringify(big()));
      const r = await loadStory('big.json', PAGE);
      if (!r.ok) throw new Error('refused');
      expect(r.fullCheck).toBeDefined();
      const checked = await r.fullCheck;
      expect(checked).toEqual({ ok: true, data: r.data });
    });

    it('is refused by its full check, naming file, event and field, after it was drawn', async () => {
      const story = big();
      story.events[1234]!.actors = ['nobody-known'];
      respond(JSON.stringify(story));
      const r = await loadStory('big.json', PAGE);
      if (!r.ok) throw new Error('refused before drawing');
      const checked = await r.fullCheck;
      expect(checked?.ok).toBe(false);
      expect(checked && !checked.ok && checked.issues).toEqual([
        expect.objectContaining({
          file: '/graphics/distillation/big.json',
          id: story.events[1234]!.id,
          path: 'events[1234].actors[0]',
          message: 'unknown actor "nobody-known"',
        }),
      ]);
    });

    it('that the quick pass cannot vouch for is checked in full before it is drawn', async () => {
      const story = big();
      story.events[9]!.title = ' Padded ';
      respond(JSON.stringify(story));
      const r = await loadStory('big.json', PAGE);
      if (!r.ok) throw new Error('refused');
      expect(r.fullCheck).toBeUndefined();
      expect(r.data.events[9]!.title).toBe('Padded');
    });

    it('whose shape is wrong is refused before it is drawn', async () => {
      const story = big() as unknown as { events: Record<string, unknown>[] };
      story.events[77]!.date = { precision: 'day', date: 2026 };
      respond(JSON.stringify(story));
      const r = await loadStory('big.json', PAGE);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.issues[0]).toMatchObject({ path: 'events[77].date.date' });
    });
  });

  it('keeps a small story on the page: checked in full, nothing to follow', async () => {
    respond(JSON.stringify(makeStory()));
    const r = await loadStory('story.json', PAGE);
    expect(r.ok && r.fullCheck).toBeUndefined();
  });

  it('refuses another origin without fetching', async () => {
    const f = vi.fn();
    vi.stubGlobal('fetch', f);
    const r = await loadStory('https://evil.example.com/s.json', PAGE);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/another site/);
    expect(f).not.toHaveBeenCalled();
  });

  it("names a redirect to another site as the cause when the page's CSP refuses it", async () => {
    // Same origin asked for; Chromium reports the refused address at the redirect's target.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        const event = Object.assign(new Event('securitypolicyviolation'), {
          blockedURI: 'https://elsewhere.example/s.json',
          effectiveDirective: 'connect-src',
        });
        setTimeout(() => document.dispatchEvent(event), 0);
        throw new TypeError('Failed to fetch');
      }),
    );
    const r = await loadStory('story.json', PAGE);
    const message = r.ok ? '' : (r.issues[0]?.message ?? '');
    expect(message).toMatch(/redirected the story file to https:\/\/elsewhere\.example/);
    expect(message).not.toContain('news.example.org');
  });

  it('says the server redirected when the refused address is its own', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL, init?: RequestInit) => {
        // Asked not to follow, the server's answer is a redirect.
        if (init?.redirect === 'manual') return { type: 'opaqueredirect' } as Response;
        const event = Object.assign(new Event('securitypolicyviolation'), {
          blockedURI: String(url),
          effectiveDirective: 'connect-src',
        });
        setTimeout(() => document.dispatchEvent(event), 0);
        throw new TypeError('Failed to fetch');
      }),
    );
    const r = await loadStory('story.json', PAGE);
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(
      /server redirected the story file to another site/,
    );
    expect(r.ok ? '' : r.issues[0]?.hint).not.toContain('news.example.org');
  });
});

describe('a stalled download', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** A body that sends `first`, then `each` at every `everyMs`, and never ends. */
  function trickle(first: string, each = '', everyMs = 1000) {
    const bytes = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.encode(first));
        if (each) setInterval(() => controller.enqueue(bytes.encode(each)), everyMs);
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body)),
    );
  }

  it.each([
    ['sends "{" and then nothing', ''],
    ['sends "{" and then a space a second', ' '],
  ])('ends with a message and a retry when the server %s', async (_name, each) => {
    vi.useFakeTimers();
    trickle('{', each);
    const progress: number[] = [];
    const pending = loadStory('story.json', PAGE, (loaded) => progress.push(loaded));
    await vi.advanceTimersByTimeAsync(STALL_MS - 1);
    expect(progress[0]).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    const r = await pending;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.retry).toBe(true);
    expect(r.issues[0]?.message).toBe(
      'the story file stopped arriving: less than 1,024 bytes in 15 seconds',
    );
  });

  it('ends when the server never answers at all', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    const pending = loadStory('story.json', PAGE);
    await vi.advanceTimersByTimeAsync(STALL_MS);
    const r = await pending;
    expect(r.ok ? '' : r.issues[0]?.message).toMatch(/stopped arriving/);
  });

  it('keeps a slow download that still brings bytes', async () => {
    vi.useFakeTimers();
    const story = JSON.stringify(makeStory());
    const bytes = new TextEncoder().encode(story);
    let sent = 0;
    // 2 KB a second: slow, not stalled.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const timer = setInterval(() => {
          controller.enqueue(bytes.slice(sent, sent + 2048));
          sent += 2048;
          if (sent >= bytes.length) {
            clearInterval(timer);
            controller.close();
          }
        }, 1000);
      },
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body)),
    );
    const pending = loadStory('story.json', PAGE);
    await vi.advanceTimersByTimeAsync(Math.ceil(bytes.length / 2048) * 1000 + 10);
    const r = await pending;
    expect(r.ok).toBe(true);
  });
});
