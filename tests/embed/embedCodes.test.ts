import { appBase, embedCodes } from '../../src/embed/embedCodes';

const codes = (fixedHeightPx: number | null) =>
  embedCodes({
    url: 'https://news.example/t/?embed=1&event=letter',
    title: 'Labs & "rules" <2026>',
    base: 'https://news.example/t/',
    pictures: null,
    startPx: 640,
    fixedHeightPx,
  });

describe('embedCodes', () => {
  it('writes the view URL and an escaped title into the script and iframe codes', () => {
    const { script, iframe } = codes(null);
    expect(script).toContain('data-src="https://news.example/t/?embed=1&event=letter"');
    expect(script).toContain('data-title="Labs &amp; &quot;rules&quot; &lt;2026&gt;"');
    expect(script).toContain('<script async src="https://news.example/t/embed.js"></script>');
    expect(iframe).toContain('height="640"');
  });

  it('sizes the AMP frame responsively, or to the fixed height asked for', () => {
    expect(codes(null).amp).toMatch(/layout="responsive" resizable/);
    expect(codes(null).amp).toContain('<button overflow');
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
