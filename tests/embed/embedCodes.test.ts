import { appBase, embedCodes, writeEmbedChoice } from '../../src/embed/embedCodes';
import { DEFAULT_EMBED_PARTS, parseFixedHeight, parseParts } from '../../src/store/embedOptions';

const codes = (fixedHeightPx: number | null) =>
  embedCodes({
    url: 'https://news.example/t/?embed=1&event=letter',
    title: 'Labs & "rules" <2026>',
    base: 'https://news.example/t/',
    pictures: null,
    startPx: 640,
    fixedHeightPx,
    expandLabel: 'Die ganze <Zeitleiste>',
  });

describe('embedCodes', () => {
  it('writes the view URL and an escaped title into the script and iframe codes', () => {
    const { script, iframe } = codes(null);
    expect(script).toContain('data-src="https://news.example/t/?embed=1&event=letter"');
    expect(script).toContain('data-title="Labs &amp; &quot;rules&quot; &lt;2026&gt;"');
    expect(script).toContain('<script src="https://news.example/t/embed.js"></script>');
    expect(iframe).toContain('height="640"');
  });

  it('sizes the AMP frame responsively, or to the fixed height asked for', () => {
    expect(codes(null).amp).toMatch(/layout="responsive" resizable/);
    // The button is in the embed's language, escaped.
    expect(codes(null).amp).toContain(
      '<button overflow type="button">Die ganze &lt;Zeitleiste&gt;</button>',
    );
    expect(codes(500).amp).toContain('layout="fixed-height" height="500"');
    expect(codes(500).amp).not.toContain('<button overflow');
  });

  it('offers no image without the build’s pictures', () => {
    expect(codes(null).image).toBeNull();
  });

  it('takes the app’s address without query or hash', () => {
    expect(appBase('https://news.example/t/?a=1#x')).toBe('https://news.example/t/');
  });
});

describe('writeEmbedChoice', () => {
  const write = (c: Parameters<typeof writeEmbedChoice>[1], base = 'embed=1') => {
    const p = new URLSearchParams(base);
    writeEmbedChoice(p, c);
    return p.toString().replace(/%2C/g, ',');
  };
  it('leaves the defaults out', () => {
    expect(write({ parts: DEFAULT_EMBED_PARTS, fixedHeightPx: null, plain: false })).toBe(
      'embed=1',
    );
  });
  it('writes parts, a fixed height (at least 360) and plain', () => {
    expect(write({ parts: ['timeline', 'chart'], fixedHeightPx: 560, plain: true })).toBe(
      'embed=1&parts=timeline,chart&height=560&plain=1',
    );
    expect(write({ parts: ['timeline'], fixedHeightPx: 100, plain: false })).toBe(
      'embed=1&parts=timeline&height=360',
    );
  });
  it('reads back as written', () => {
    const q = new URLSearchParams(
      write({ parts: ['details', 'timeline'], fixedHeightPx: 600, plain: false }),
    );
    expect(parseParts(q.get('parts')!).parts).toEqual(['details', 'timeline']);
    expect(parseFixedHeight(q.get('height'))).toBe(600);
  });
});
