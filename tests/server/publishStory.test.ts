import { readFileSync } from 'node:fs';
import { appFilesToCopy, oembedWithPicture, publishStory } from '../../src/server/publishStory';
import type { PictureSet } from '../../src/embed/picture';
import { generateStory } from '../fixtures/generatedStory';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
// As Vite writes it: the module script by its built, relative name.
const PAGE = readFileSync('index.html', 'utf8').replace('/src/main.tsx', './assets/index.js');
const OEMBED = readFileSync('public/oembed.json', 'utf8');
const STYLES = readFileSync('src/styles.css', 'utf8');

describe('appFilesToCopy', () => {
  it('copies the app, not the editor, the bundled story’s pictures or what is made again', () => {
    expect(
      appFilesToCopy([
        'index.html',
        'assets/index-1.js',
        'assets/index-1.css',
        'edit/index.html',
        'edit/assets/edit-2.js',
        'boot.js',
        'embed.js',
        'embed-heights.json',
        'embed-images.json',
        'oembed.json',
        'preview.png',
        'timeline-320.png',
        'timeline-320@2x.png',
        'timeline-1280.svg',
        'reload-words.json',
        'favicon.svg',
        '_headers',
        'publish-files.json',
      ]),
    ).toEqual([
      '_headers',
      'assets/index-1.css',
      'assets/index-1.js',
      'boot.js',
      'favicon.svg',
      'reload-words.json',
    ]);
  });
});

describe('oembedWithPicture', () => {
  const set: PictureSet = {
    alt: 'Timeline, “A”',
    heightPx: { phone: 900, column: 500 },
    png: true,
  };
  it('gives the frame the story’s title and the picture, once however often it runs', () => {
    const once = oembedWithPicture(OEMBED, set, 'A & B');
    expect(oembedWithPicture(once, set, 'A & B')).toBe(once);
    const o = JSON.parse(once) as Record<string, unknown>;
    expect(o.title).toBe('A & B — a sourced timeline');
    expect(o.html).toContain('title="Interactive timeline: A &amp; B"');
    expect(o.html).toContain('<noscript>');
    expect(o.thumbnail_url).toBe('./timeline-1280.png');
    expect(o.thumbnail_height).toBe(1000);
  });
  it('names the SVGs when there are no PNGs', () => {
    const o = JSON.parse(oembedWithPicture(OEMBED, { ...set, png: false }, 'A')) as Record<
      string,
      string
    >;
    expect(o.thumbnail_url).toBe('./timeline-1280.svg');
    expect(o.html).not.toContain('.png');
  });
});

describe('publishStory', () => {
  const story = generateStory(3);
  const published = publishStory(
    story,
    { page: PAGE, oembed: OEMBED, stylesCss: STYLES },
    parseHtml,
    true,
  );
  const html = published.files['index.html'] ?? '';

  it('draws every event’s title into the page and describes the story in its head', () => {
    const body = html.slice(html.indexOf('<body>'));
    for (const e of story.events) expect(body).toContain(e.title as string);
    expect(html).toContain(`<meta property="og:title" content="${story.title as string}" />`);
    expect(html).toContain('<meta property="og:image" content="./timeline-1280.png" />');
  });

  it('writes the SVGs and the pictures’ record, all of this story', () => {
    expect(Object.keys(published.files).sort()).toEqual([
      'embed-images.json',
      'index.html',
      'oembed.json',
      'timeline-1280.svg',
      'timeline-320.svg',
      'timeline-640.svg',
    ]);
    expect(published.pictures.alt).toContain(`“${story.title as string}”`);
    expect(published.files['timeline-640.svg']).toContain(story.events[0]?.title as string);
    expect(published.drawn.map((d) => d.widthPx)).toEqual([320, 640, 640, 1280]);
  });

  it('uses no address outside the folder', () => {
    for (const [, value] of html.matchAll(/(?:src|href|content)="([^"]*)"/g))
      expect(value ?? '').not.toMatch(/^(\/|https?:)/);
  });
});
