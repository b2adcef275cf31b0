import { validateStory } from '../../src/data/validate';
import { readFileSync } from 'node:fs';
import {
  addFrameSources,
  addImageSources,
  isListedOrigin,
  isShownImage,
  parseMediaOrigins,
} from '../../src/data/mediaOrigins';
import { makeStory } from '../fixtures/story';
import { type Media } from '../../src/data/mediaSchema';

const withMedia = (media: unknown) => {
  const story = makeStory();
  const raw = JSON.parse(JSON.stringify(story)) as { events: Record<string, unknown>[] };
  raw.events[0]!.media = media;
  return validateStory(raw, 'story.json');
};

const image: Media = {
  type: 'image',
  src: 'media/photo.jpg',
  alt: 'A fictional lab building at dusk.',
  caption: 'The lab.',
  credit: 'Example Photo',
  width: 1200,
  height: 800,
};

describe('event media', () => {
  it.each([
    ['an image on the story’s site', image],
    ['an image at a path from the site’s root', { ...image, src: '/media/photo.jpg' }],
    ['an image up a folder', { ...image, src: '../media/photo.jpg' }],
    ['an image at an https address', { ...image, src: 'https://images.example.org/a.jpg' }],
    ['a link', { type: 'link', url: 'https://example.org/video', caption: 'A video.' }],
    [
      'a video with a thumbnail on the story’s site',
      {
        type: 'link',
        url: 'https://youtu.be/dQw4w9WgXcQ',
        caption: 'A video.',
        thumbnail: 'media/t.jpg',
      },
    ],
  ])('accepts %s', (_, media) => {
    expect(withMedia(media).ok).toBe(true);
  });

  it('needs alt text, a caption and a credit for an image', () => {
    const noAlt: Partial<Media> = { ...image };
    delete noAlt.alt;
    const r = withMedia({ ...noAlt, credit: ' ' });
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['events[0].media.alt', 'events[0].media.credit']),
    );
  });

  it.each([
    ['javascript:alert(1)', 'src'],
    ['data:image/png;base64,AAAA', 'src'],
    ['//other.example.org/a.jpg', 'src'],
    // The URL parser reads a backslash as a slash and drops tabs and newlines: another site.
    ['/\\evil.example/x.png', 'src'],
    ['/\t/evil.example/y.png', 'src'],
    ['\\/evil.example/z.png', 'src'],
    ['/\n/evil.example/w.png', 'src'],
  ])('refuses the image source %s', (src, field) => {
    const r = withMedia({ ...image, src });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([`events[0].media.${field}`]);
  });

  it('refuses a link that is not http(s)', () => {
    const r = withMedia({ type: 'link', url: 'javascript:alert(1)', caption: 'x' });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'events[0].media.url: link "javascript:alert(1)" is not an http: or https: URL',
    ]);
  });
});

it('refuses a thumbnail that is not a picture’s address, naming the event and the field', () => {
  const r = withMedia({
    type: 'link',
    url: 'https://youtu.be/dQw4w9WgXcQ',
    caption: 'x',
    thumbnail: 'javascript:alert(1)',
  });
  expect(r.ok ? [] : r.issues.map((i) => `${i.path} (${i.id}): ${i.message}`)).toEqual([
    `events[0].media.thumbnail (${makeStory().events[0]!.id}): image "javascript:alert(1)" is neither a path on the story's site nor an http: or https: URL`,
  ]);
});

describe('media origins', () => {
  it('adds listed origins to the CSP frame-src, after the page’s own', () => {
    const html = `<meta content="default-src 'self'; frame-src 'self'; base-uri 'self'">`;
    expect(
      addFrameSources(html, ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']),
    ).toContain("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com;");
    expect(addFrameSources(html, [])).toBe(html);
  });

  it.each(['index.html', 'edit/preview.html'])(
    '%s frames its own pages only, until the build lists more',
    (file) => {
      const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(
        readFileSync(file, 'utf8'),
      )?.[1];
      expect(csp?.split(';').map((d) => d.trim())).toContain("frame-src 'self'");
    },
  );

  it('tells a listed origin by the address’s origin, not its text', () => {
    const listed = ['https://www.youtube-nocookie.com'];
    expect(isListedOrigin('https://www.youtube-nocookie.com/embed/x', listed)).toBe(true);
    expect(isListedOrigin('https://www.youtube-nocookie.com.evil.example/embed/x', listed)).toBe(
      false,
    );
    expect(isListedOrigin('http://www.youtube-nocookie.com/embed/x', listed)).toBe(false);
    expect(isListedOrigin('not a url', listed)).toBe(false);
  });

  it('adds listed origins to the CSP img-src', () => {
    const html = `<meta content="default-src 'self'; img-src 'self' data:; script-src 'self'">`;
    expect(addImageSources(html, ['https://images.example.org'])).toContain(
      "img-src 'self' data: https://images.example.org;",
    );
    expect(addImageSources(html, [])).toBe(html);
  });

  it('refuses what is not an origin, naming the option', () => {
    expect(() => parseMediaOrigins('https://images.example.org/path')).toThrow(
      /^VITE_MEDIA_ORIGINS: /,
    );
  });

  it('shows images from the page’s own site and listed origins only', () => {
    const page = 'https://news.example.org/graphics/t/';
    expect(isShownImage('media/a.jpg', page, [])).toBe(true);
    expect(isShownImage('https://images.example.org/a.jpg', page, [])).toBe(false);
    expect(
      isShownImage('https://images.example.org/a.jpg', page, ['https://images.example.org']),
    ).toBe(true);
  });
});
