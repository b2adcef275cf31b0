import fc from 'fast-check';
import { parseStartSeconds, recognizeMedia } from '../../src/data/recognizeMedia';

describe('recognizeMedia', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'https://youtu.be/dQw4w9WgXcQ?t=90',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90',
    ],
    [
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s&list=x',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90',
    ],
    [
      'https://www.youtube.com/shorts/abcdefghijk',
      'https://www.youtube.com/watch?v=abcdefghijk',
      'https://www.youtube-nocookie.com/embed/abcdefghijk',
    ],
    [
      'https://www.youtube.com/embed/abcdefghijk?start=12',
      'https://www.youtube.com/watch?v=abcdefghijk&t=12s',
      'https://www.youtube-nocookie.com/embed/abcdefghijk?start=12',
    ],
  ])('reads the YouTube video %s', (url, link, player) => {
    expect(recognizeMedia(url)).toEqual({ kind: 'video', service: 'YouTube', link, player });
  });

  it.each([
    ['https://vimeo.com/76979871', 'https://vimeo.com/76979871', '?dnt=1'],
    [
      'https://vimeo.com/76979871/abc123ef',
      'https://vimeo.com/76979871/abc123ef',
      '?dnt=1&h=abc123ef',
    ],
    [
      'https://vimeo.com/channels/staffpicks/76979871#t=65',
      'https://vimeo.com/76979871#t=65s',
      '?dnt=1#t=65s',
    ],
    [
      'https://player.vimeo.com/video/76979871?h=ff00',
      'https://vimeo.com/76979871/ff00',
      '?dnt=1&h=ff00',
    ],
  ])('reads the Vimeo video %s, its player without tracking', (url, link, query) => {
    expect(recognizeMedia(url)).toEqual({
      kind: 'video',
      service: 'Vimeo',
      link,
      player: `https://player.vimeo.com/video/76979871${query}`,
    });
  });

  it('reads SoundCloud audio, played by its widget', () => {
    expect(recognizeMedia('https://soundcloud.com/an-artist/a-track?si=x')).toEqual({
      kind: 'audio',
      service: 'SoundCloud',
      link: 'https://soundcloud.com/an-artist/a-track',
      player:
        'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fan-artist%2Fa-track',
    });
    // A short link names no track the widget could play.
    expect(recognizeMedia('https://on.soundcloud.com/AbC12')).toMatchObject({
      kind: 'audio',
      player: null,
    });
  });

  it('reads OpenStreetMap views into its embed page, around the same centre', () => {
    const found = recognizeMedia(
      'https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=15/52.5200/13.4050',
    );
    expect(found).toMatchObject({ kind: 'map', service: 'OpenStreetMap' });
    const player = new URL(found?.player ?? '');
    expect(player.origin + player.pathname).toBe('https://www.openstreetmap.org/export/embed.html');
    expect(player.searchParams.get('marker')).toBe('52.52,13.405');
    const [w, s, e, n] = (player.searchParams.get('bbox') ?? '').split(',').map(Number);
    expect(((w ?? 0) + (e ?? 0)) / 2).toBeCloseTo(13.405, 4);
    expect(((s ?? 0) + (n ?? 0)) / 2).toBeCloseTo(52.52, 4);
    expect(recognizeMedia('https://www.openstreetmap.org/about')).toMatchObject({
      kind: 'map',
      player: null,
    });
  });

  it('reads Google Maps places and embeds', () => {
    const place = recognizeMedia(
      'https://www.google.com/maps/place/Brandenburger+Tor/@52.5162746,13.3755154,17z/data=x',
    );
    expect(place).toMatchObject({ kind: 'map', service: 'Google Maps' });
    const player = new URL(place?.player ?? '');
    expect(player.origin).toBe('https://www.google.com');
    expect(player.searchParams.get('q')).toBe('Brandenburger Tor');
    expect(player.searchParams.get('output')).toBe('embed');
    const embed = 'https://www.google.com/maps/embed?pb=!1m18!1m12';
    expect(recognizeMedia(embed)).toEqual({
      kind: 'map',
      service: 'Google Maps',
      link: embed,
      player: embed,
    });
    expect(recognizeMedia('https://maps.app.goo.gl/xyz')).toMatchObject({
      kind: 'map',
      player: null,
    });
    // Google's other pages are links.
    expect(recognizeMedia('https://www.google.com/search?q=maps')).toMatchObject({ kind: 'link' });
  });

  it('takes an address ending in an image file for an image, and anything else for a link', () => {
    expect(recognizeMedia('https://images.example.org/a/b.JPG')).toEqual({
      kind: 'image',
      service: 'images.example.org',
      link: 'https://images.example.org/a/b.JPG',
      player: 'https://images.example.org/a/b.JPG',
    });
    expect(recognizeMedia('https://www.example.org/report.pdf')).toEqual({
      kind: 'link',
      service: 'example.org',
      link: 'https://www.example.org/report.pdf',
      player: null,
    });
    // A YouTube channel or playlist is a page, not a video.
    expect(recognizeMedia('https://www.youtube.com/@example')).toMatchObject({ kind: 'link' });
    expect(recognizeMedia('https://www.youtube.com/embed/videoseries?list=PL1')).toMatchObject({
      kind: 'link',
    });
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'ftp://example.org/a.mp4',
    'media/a.jpg',
    '',
  ])('recognises nothing in %j', (url) => {
    expect(recognizeMedia(url)).toBeNull();
  });

  it('reads start times as YouTube writes them', () => {
    expect([
      parseStartSeconds('90'),
      parseStartSeconds('90s'),
      parseStartSeconds('1m30s'),
      parseStartSeconds('1h2m3s'),
      parseStartSeconds('soon'),
      parseStartSeconds(null),
    ]).toEqual([90, 90, 90, 3723, 0, 0]);
  });

  it('plays any YouTube video from youtube-nocookie.com, at its start time', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{11}$/);
    const form = fc.constantFrom(
      (v: string, t: number) => `https://www.youtube.com/watch?v=${v}&t=${t}s`,
      (v: string, t: number) => `https://youtu.be/${v}?t=${t}`,
      (v: string, t: number) => `https://youtube.com/shorts/${v}?t=${t}`,
    );
    fc.assert(
      fc.property(id, fc.integer({ min: 0, max: 36_000 }), form, (v, t, write) => {
        const found = recognizeMedia(write(v, t));
        expect(found?.kind).toBe('video');
        const player = new URL(found?.player ?? '');
        expect(player.origin).toBe('https://www.youtube-nocookie.com');
        expect(player.pathname).toBe(`/embed/${v}`);
        expect(Number(player.searchParams.get('start') ?? 0)).toBe(t);
        // The link opens the same video at the same time.
        expect(recognizeMedia(found?.link ?? '')).toEqual(found);
      }),
    );
  });

  it('gives every http(s) address a kind, a link on the web and a player on the web or none', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const found = recognizeMedia(url);
        expect(found).not.toBeNull();
        expect(['video', 'audio', 'map', 'image', 'link']).toContain(found?.kind);
        expect(new URL(found?.link ?? '').protocol).toMatch(/^https?:$/);
        if (found?.player) expect(new URL(found.player).protocol).toMatch(/^https?:$/);
        if (found?.kind === 'link') expect(found.player).toBeNull();
      }),
    );
  });

  it('recognises nothing in an address of another scheme', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('javascript', 'data', 'file', 'ftp', 'mailto', 'blob'),
        fc.webUrl(),
        (scheme, url) => {
          expect(recognizeMedia(url.replace(/^https?/, scheme))).toBeNull();
        },
      ),
    );
  });
});
