import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { addConnectSources, parseStoryOrigins } from '../../src/data/storyOrigins';

describe('parseStoryOrigins', () => {
  it('takes comma-separated origins, ignoring spaces and empty entries', () => {
    expect(parseStoryOrigins(' https://a.example.org, http://127.0.0.1:8080 ,')).toEqual([
      'https://a.example.org',
      'http://127.0.0.1:8080',
    ]);
    expect(parseStoryOrigins('')).toEqual([]);
  });

  it.each([
    ['https://a.example.org/', /did you mean https:\/\/a\.example\.org\?/],
    ['https://a.example.org/data', /not an origin/],
    ["https://a.example.org; script-src 'unsafe-inline'", /not an origin/],
    ['a.example.org', /not an origin/],
    ['ftp://a.example.org', /not an origin/],
  ])('refuses %j', (value, message) => {
    expect(() => parseStoryOrigins(value)).toThrow(message);
  });
});

describe('addConnectSources', () => {
  const html = readFileSync('index.html', 'utf8');

  it("adds the origins to index.html's connect-src and nothing else", () => {
    const out = addConnectSources(html, ['https://a.example.org', 'https://b.example.org']);
    expect(out).toContain("connect-src 'self' https://a.example.org https://b.example.org;");
    expect(out.replace(' https://a.example.org https://b.example.org', '')).toBe(html);
  });

  it('leaves the page alone without origins, and fails loudly without a connect-src', () => {
    expect(addConnectSources(html, [])).toBe(html);
    expect(() => addConnectSources('<html></html>', ['https://a.example.org'])).toThrow(
      /connect-src/,
    );
  });
});
