import { resolveStory } from '../../src/data/localText';
import { afterEach, describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import { describeView, layoutImage, type ImageText } from '../../src/export/imageLayout';
import { composeMarks, composeSvg } from '../../src/export/image';
import { fileSlug } from '../../src/export/download';
import { cloneTimeline } from '../../src/export/cloneTimeline';
import { parseDay } from '../../src/data/dateParse';

function bundledIndex() {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return indexStory(resolveStory(result.data, 'en'));
}

const TEXT: ImageText = {
  title: 'A title',
  range: '1 – 30 June 2026',
  filter: 'All actors',
  credit: 'Credit line',
  sources: 'Sources: CNBC.',
};

describe('describeView', () => {
  const index = bundledIndex();
  const domain = [parseDay('2026-04-01'), parseDay('2026-06-30')] as const;

  it('says the window and that every actor is shown', () => {
    const t = describeView(index, null, domain);
    expect(t.title).toBe(index.story.title);
    expect(t.range).toBe('1 April – 30 June 2026');
    expect(t.filter).toBe('All actors');
    expect(t.credit).toBe(index.story.credit);
  });

  it('names the actors the filter shows, or says none are', () => {
    expect(describeView(index, ['deepseek', 'alibaba'], domain).filter).toBe(
      'Actors shown: DeepSeek, Alibaba / Qwen',
    );
    expect(describeView(index, [], domain).filter).toBe('No actors shown');
  });

  it('lists each source once, by outlet, title or "outlet not stated"', () => {
    expect(describeView(index, null, domain).sources).toBe(
      'Sources: CNBC; outlet not stated; “Anthropic Accuses Qwen of 28.8 Million Conversations Targeting Software Engineering”.',
    );
  });
});

describe('layoutImage', () => {
  it('puts title and meta above the timeline and credit and sources below', () => {
    const l = layoutImage(TEXT, 800, 300);
    expect(l.widthPx).toBe(800 + 2 * l.padPx);
    const kinds = l.lines.map((x) => x.kind);
    expect(kinds).toEqual(['title', 'meta', 'foot', 'foot']);
    const [title, meta, credit, sources] = l.lines as [
      (typeof l.lines)[0],
      (typeof l.lines)[0],
      (typeof l.lines)[0],
      (typeof l.lines)[0],
    ];
    expect(title.y).toBeLessThan(meta.y);
    expect(meta.y).toBeLessThan(l.timelineY);
    expect(credit.y).toBeGreaterThan(l.timelineY + 300);
    expect(sources.y).toBeGreaterThan(credit.y);
    expect(l.heightPx).toBeGreaterThan(sources.y);
    expect(meta.text).toBe('1 – 30 June 2026 · All actors');
  });

  it('wraps long text on a narrow image instead of running off it', () => {
    const long = { ...TEXT, sources: `Sources: ${'a long source name; '.repeat(12)}` };
    const l = layoutImage(long, 320, 300);
    const foot = l.lines.filter((x) => x.kind === 'foot');
    expect(foot.length).toBeGreaterThan(2);
    for (const line of foot) expect(line.text.length * 6.6).toBeLessThanOrEqual(320);
  });
});

describe('fileSlug', () => {
  it.each([
    ['The fight over AI distillation attacks, 2026', 'the-fight-over-ai-distillation-attacks-2026'],
    ['  Ünïcode — café ', 'unicode-cafe'],
    ['!!!', 'timeline'],
  ])('%j becomes %j', (title, slug) => {
    expect(fileSlug(title)).toBe(slug);
  });
});

describe('cloneTimeline and composeSvg (jsdom)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.head.innerHTML = '';
  });

  function mount() {
    const style = document.createElement('style');
    style.textContent = '.mark-label { fill: rgb(10, 20, 30); font-size: 13px; }';
    document.head.append(style);
    document.body.innerHTML = `
      <svg class="timeline-svg" width="400" height="120" viewBox="0 0 400 120" role="presentation">
        <g class="mark" data-mark="event" role="button" tabindex="0" aria-label="An event">
          <text class="mark-label" x="4" y="13">An event &amp; more</text>
        </g>
        <g class="hidden-thing" style="display: none"><text>Hidden</text></g>
      </svg>`;
    return document.querySelector<SVGSVGElement>('svg.timeline-svg')!;
  }

  it('inlines computed styles and removes classes and interactive attributes', () => {
    const clone = cloneTimeline(mount());
    const label = clone.querySelector('text')!;
    expect(label.getAttribute('style')).toContain('fill:rgb(10, 20, 30)');
    expect(label.hasAttribute('class')).toBe(false);
    const mark = clone.querySelector('g')!;
    for (const a of ['role', 'tabindex', 'aria-label', 'data-mark', 'class'])
      expect(mark.hasAttribute(a)).toBe(false);
    expect(clone.textContent).not.toContain('Hidden');
  });

  it('composes a standalone SVG document with the words around the marks', () => {
    const out = composeSvg(mount(), { ...TEXT, title: 'Cats & dogs' });
    const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBe(out.widthPx);
    expect(Number(root.getAttribute('height'))).toBe(out.heightPx);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['Cats & dogs', 'An event & more', 'Credit line', 'Sources: CNBC.']),
    );
    expect(out.svg).not.toMatch(/class=|tabindex|aria-/);
  });

  it("draws at a scale (the build's 2× pictures): twice the pixels, the same layout", () => {
    const look = { bg: '#fff', fg: '#111', muted: '#555', sans: 'sans-serif', serif: 'serif' };
    const one = composeMarks(cloneTimeline(mount()), 400, 120, TEXT, look);
    const two = composeMarks(cloneTimeline(mount()), 400, 120, TEXT, look, 2);
    expect(two.widthPx).toBe(one.widthPx * 2);
    expect(two.heightPx).toBe(one.heightPx * 2);
    const viewBox = (svg: string) => /viewBox="([^"]+)"/.exec(svg)?.[1];
    expect(viewBox(two.svg)).toBe(viewBox(one.svg));
    expect(viewBox(one.svg)).toBe(`0 0 ${one.widthPx} ${one.heightPx}`);
  });
});
