import { describe, expect, it } from 'vitest';
import { inlineScript } from '../../src/server/inlineScript';

const page = (csp = "default-src 'self'; script-src 'self'; connect-src 'self'") =>
  `<head><meta http-equiv="Content-Security-Policy" content="${csp}" />` +
  `<script src="./boot.js"></script></head><body><script type="module" src="./a.js"></script></body>`;

describe('inlineScript', () => {
  it('writes the script into the page and allows it by its hash, nothing else', () => {
    const out = inlineScript(page(), './boot.js', 'var a = 1 < 2;', 'AbC+/=');
    expect(out).toContain('<script data-from="./boot.js">var a = 1 < 2;</script></head>');
    expect(out).not.toContain('src="./boot.js"');
    expect(out).toContain(
      `content="default-src 'self'; script-src 'sha256-AbC+/=' 'self'; connect-src 'self'"`,
    );
    // The module script and the rest of the policy are as they were.
    expect(out).toContain('<script type="module" src="./a.js"></script>');
    expect(out.match(/sha256-/g)).toHaveLength(1);
  });

  it('refuses a page without the tag or without a script-src, and code that would end the element', () => {
    expect(() => inlineScript(page().replace('./boot.js', './x.js'), './boot.js', '', 'h')).toThrow(
      /no <script src="\.\/boot\.js"><\/script>/,
    );
    expect(() => inlineScript(page("default-src 'self'"), './boot.js', '', 'h')).toThrow(
      /script-src/,
    );
    expect(() => inlineScript(page(), './boot.js', 'a = "</SCRIPT>"', 'h')).toThrow(/<\/script/);
    expect(() => inlineScript(page(), './boot.js', 'a = "<!--"', 'h')).toThrow(/<!--/);
  });
});
