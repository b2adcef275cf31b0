import fc from 'fast-check';
import { describeInHead, drawIntoPage, type PageMeta } from '../../src/server/storyPage';
import { makeStory } from '../fixtures/story';

// As Vite builds index.html (Prettier has wrapped some of its tags over lines).
const EMPTY = `<!doctype html>
<html lang="en">
  <head>
    <title>Old — a sourced timeline</title>
    <meta
      name="description"
      content="Old dek"
    />
    <meta property="og:title" content="Old" />
    <meta property="og:image" content="./preview.png" />
    <meta property="og:image:width" content="1200" />
    <link
      rel="alternate"
      type="application/json+oembed"
      href="./oembed.json"
      title="Old — a sourced timeline"
    />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./assets/index.js"></script>
  </body>
</html>`;

const META: PageMeta = {
  title: 'New & "quoted" — a sourced timeline',
  headline: 'New & "quoted"',
  description: 'A dek with <b>',
  lang: 'de',
  image: { url: './timeline-1280.png', widthPx: 1280, heightPx: 900, alt: 'Timeline, “New”' },
};

describe('drawIntoPage', () => {
  it('draws into an empty #root and puts the story after it, with < escaped', () => {
    const story = { ...makeStory(), title: 'Ends </script><script>alert(1)</script>' };
    const page = drawIntoPage(EMPTY, '<p>picture</p>', story);
    expect(page).toContain(
      '<div id="root"><p>picture</p></div><script type="application/json" id="bundled-story">',
    );
    expect(page).not.toContain('</script><script>alert');
    const json = /id="bundled-story">(.*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(story);
    expect(page).toContain('<script type="module" src="./assets/index.js"></script>');
  });

  it('replaces a story already drawn: drawing twice is drawing once', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const first = drawIntoPage(EMPTY, `<div>${a.replace(/</g, '')}</div>`, {
          ...makeStory(),
          dek: a,
        });
        const story = { ...makeStory(), dek: b };
        expect(drawIntoPage(first, '<p>two</p>', story)).toBe(
          drawIntoPage(EMPTY, '<p>two</p>', story),
        );
      }),
    );
  });

  it('refuses a page without #root', () => {
    expect(() => drawIntoPage('<html></html>', '', makeStory())).toThrow(/root/);
  });
});

describe('describeInHead', () => {
  const page = describeInHead(EMPTY, META);
  const head = page.slice(0, page.indexOf('</head>'));

  it('writes the title, description, share tags and language, escaped', () => {
    expect(head).toContain('<html lang="de">');
    expect(head).toContain('<title>New &amp; &quot;quoted&quot; — a sourced timeline</title>');
    expect(head).toContain('<meta name="description" content="A dek with &lt;b&gt;" />');
    expect(head).toContain('<meta property="og:title" content="New &amp; &quot;quoted&quot;" />');
    expect(head).toContain('<meta property="og:image" content="./timeline-1280.png" />');
    expect(head).toContain('<meta property="og:image:width" content="1280" />');
    expect(head).toContain('<meta property="og:image:height" content="900" />');
    expect(head).toContain('<meta name="twitter:title" content="New &amp; &quot;quoted&quot;" />');
    expect(head).toContain('title="New &amp; &quot;quoted&quot; — a sourced timeline"');
  });

  it('leaves none of the old words and no tag twice', () => {
    expect(head).not.toMatch(/Old|preview\.png/);
    for (const tag of ['og:image"', 'og:image:width"', 'og:title"', 'name="description"'])
      expect(head.split(tag).length - 1).toBe(1);
  });

  it('keeps the body as it is', () => {
    expect(page.slice(page.indexOf('</head>'))).toBe(EMPTY.slice(EMPTY.indexOf('</head>')));
  });
});
