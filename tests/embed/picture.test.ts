import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import type { Story } from '../../src/data/schema';
import {
  ampPlaceholderHtml,
  isPictureSet,
  noscriptHtml,
  PICTURE_FILES,
  pictureAlt,
  pictureHtml,
  type PictureSet,
} from '../../src/embed/picture';
import { resolveStory, storyLanguage } from '../../src/data/localText';
import { makeStory } from '../fixtures/story';

function bundled(): Story {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return resolveStory(result.data, storyLanguage(result.data));
}

const SET: PictureSet = {
  alt: 'Timeline, “Cats & dogs”: 2 events in June 2026, from “A” to “B”.',
  heightPx: { phone: 1700, column: 700 },
  png: true,
};
const BASE = 'https://example.org/g/';

/** The attributes of the first `<tag …>` in `html`. */
function attrs(html: string, tag: string): Record<string, string> {
  const el = new DOMParser().parseFromString(html, 'text/html').querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in ${html}`);
  return Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n) ?? '']));
}

describe('pictureAlt', () => {
  it('says what the bundled timeline shows: how many events, when, first and last', () => {
    expect(pictureAlt(indexStory(bundled()))).toBe(
      'Timeline, “The fight over AI distillation attacks, 2026”: 13 events from February to ' +
        'June 2026, from “Anthropic names DeepSeek, Moonshot AI and MiniMax” to ' +
        '“Anthropic, OpenAI and Google share distillation intelligence”.',
    );
  });

  it('is made from the story’s data, not a fixed text', () => {
    const story = makeStory();
    const alt = pictureAlt(indexStory(story));
    expect(alt).toContain(`“${story.title}”`);
    expect(alt).toContain(`${story.events.length} events`);
    expect(alt).toContain('“Acme announces”');
  });

  it('ends with the last month an event covers (ends are exclusive), across a new year', () => {
    const story = makeStory();
    const one = story.events[0]!;
    const base = { ...one, id: 'a', title: 'First' };
    story.events = [
      { ...base, date: { precision: 'day', date: '2025-12-30' } },
      { ...base, id: 'b', title: 'Last', date: { precision: 'month', month: '2026-03' } },
    ];
    expect(pictureAlt(indexStory(story))).toBe(
      `Timeline, “${story.title}”: 2 events from December 2025 to March 2026, from “First” to “Last”.`,
    );
    story.events = [{ ...base, date: { precision: 'day', date: '2026-06-30' } }];
    expect(pictureAlt(indexStory(story))).toBe(
      `Timeline, “${story.title}”: one event in June 2026, “First”.`,
    );
  });
});

describe('the picture files', () => {
  it('are the phone drawing at 320 px and the column drawing at 640 and 1,280 px', () => {
    const width = (f: (typeof PICTURE_FILES)[number]) =>
      (f.drawing === 'phone' ? 320 : 640) * f.scale;
    for (const f of PICTURE_FILES) {
      const named = /^timeline-(\d+)(@2x)?$/.exec(f.name);
      expect(named).not.toBeNull();
      expect(Number(named![1]) * (named![2] ? 2 : 1)).toBe(width(f));
    }
    expect(PICTURE_FILES.map(width)).toEqual([320, 640, 640, 1280]);
  });
});

describe('isPictureSet', () => {
  it('takes what the build writes and nothing else', () => {
    expect(isPictureSet(SET)).toBe(true);
    expect(isPictureSet({ ...SET, alt: '' })).toBe(false);
    expect(isPictureSet({ ...SET, heightPx: { phone: 0, column: 700 } })).toBe(false);
    expect(isPictureSet({ ...SET, heightPx: { phone: 1.5, column: 700 } })).toBe(false);
    expect(isPictureSet({ alt: 'x', png: true })).toBe(false);
    expect(isPictureSet(null)).toBe(false);
    expect(isPictureSet([])).toBe(false);
  });
});

describe('pictureHtml', () => {
  it('gives the phone drawing on a phone, else the column drawing, each at 1× and 2×', () => {
    const html = pictureHtml(BASE, SET);
    const source = attrs(html, 'source');
    expect(source.media).toBe('(max-width: 559.98px)');
    expect(source.srcset).toBe(`${BASE}timeline-320.png 1x, ${BASE}timeline-320@2x.png 2x`);
    expect([source.width, source.height]).toEqual(['320', '1700']);
    const img = attrs(html, 'img');
    expect(img.src).toBe(`${BASE}timeline-640.png`);
    expect(img.srcset).toBe(`${BASE}timeline-640.png 1x, ${BASE}timeline-1280.png 2x`);
    expect([img.width, img.height]).toEqual(['640', '700']);
    expect(img.style).toContain('max-width:640px');
    expect(img.style).toContain('height:auto');
  });

  it('carries the alt text, escaped, and links to the timeline when asked', () => {
    const html = pictureHtml(BASE, SET, `${BASE}?a=1&b=2`);
    expect(html).toContain('alt="Timeline, “Cats &amp; dogs”');
    expect(attrs(html, 'img').alt).toBe(SET.alt);
    expect(attrs(html, 'a').href).toBe(`${BASE}?a=1&b=2`);
    expect(pictureHtml(BASE, SET)).not.toContain('<a ');
  });

  it('names the SVGs when the build could not draw PNGs', () => {
    const html = pictureHtml('./', { ...SET, png: false });
    expect(attrs(html, 'source').srcset).toBe('./timeline-320.svg');
    expect(attrs(html, 'img').src).toBe('./timeline-640.svg');
    expect(attrs(html, 'img').srcset).toBe('./timeline-640.svg');
    expect(html).not.toContain('.png');
  });
});

describe('noscriptHtml and ampPlaceholderHtml', () => {
  it('wraps the linked picture in <noscript>, hiding our frame only when asked', () => {
    const plain = noscriptHtml(BASE, SET, BASE);
    expect(plain).toMatch(/^<noscript><a href="https:\/\/example\.org\/g\/"><picture>/);
    expect(plain).toMatch(/<\/picture><\/a><\/noscript>$/);
    expect(plain).not.toContain('<style>');
    expect(noscriptHtml(BASE, SET, BASE, true)).toContain(
      '<noscript><style>iframe.timeline-embed-frame{display:none}</style>',
    );
  });

  it('gives AMP a placeholder that fills the frame, with the alt text', () => {
    const amp = ampPlaceholderHtml(BASE, SET);
    expect(amp).toMatch(/^<amp-img placeholder layout="fill" /);
    expect(amp).toContain(`src="${BASE}timeline-640.png"`);
    expect(amp).toContain(`srcset="${BASE}timeline-640.png 1x, ${BASE}timeline-1280.png 2x"`);
    expect(amp).toContain('alt="Timeline, “Cats &amp; dogs”');
    expect(amp).toMatch(/<\/amp-img>$/);
  });

  it('keeps the picture’s proportions in a frame of fixed height, which shows its top', () => {
    const amp = ampPlaceholderHtml(BASE, SET, true);
    expect(amp).toMatch(/^<div placeholder><amp-img layout="responsive" width="640" height="700" /);
    expect(amp).toContain(`src="${BASE}timeline-640.png"`);
    expect(amp).toMatch(/<\/amp-img><\/div>$/);
  });
});

describe('the picture’s language', () => {
  it('marks the alt text with the story’s language, in every code that carries it', () => {
    const set = { ...SET, lang: 'en' };
    expect(pictureHtml(BASE, set)).toMatch(/<img [^>]*alt="[^"]*" lang="en"/);
    expect(ampPlaceholderHtml(BASE, set)).toMatch(/<amp-img [^>]*lang="en"/);
    expect(noscriptHtml(BASE, set, 'https://example.org/t/')).toContain('lang="en"');
  });

  it('writes no lang where it is unknown or not a language tag', () => {
    expect(pictureHtml(BASE, SET)).not.toContain('lang=');
    expect(pictureHtml(BASE, { ...SET, lang: 'en" onerror="x' })).not.toContain('lang=');
  });
});
