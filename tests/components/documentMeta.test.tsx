// The tab title and share tags follow the story shown, not index.html's bundled one.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../src/App';
import { makeGuidedStory } from '../fixtures/story';
import { applyLanguage } from '../../src/i18n/apply';

const content = (selector: string) => document.querySelector(selector)?.getAttribute('content');

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  document.title = '';
});

describe('a ?data= story in the document head', () => {
  it('sets the title, description and social tags, and drops the bundled preview', async () => {
    const head = /<head>([\s\S]*)<\/head>/.exec(readFileSync('index.html', 'utf8'))![1]!;
    document.head.innerHTML = head.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(document.title).toMatch(/^The fight over AI distillation attacks/);
    const story = makeGuidedStory();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(story)))),
    );
    render(<App search="?data=stories/good.json" bundled={null} />);
    await screen.findByRole('heading', { level: 1, name: story.title });
    expect(document.title).toBe(`${story.title} — a sourced timeline`);
    expect(content('meta[property="og:title"]')).toBe(`${story.title} — a sourced timeline`);
    expect(content('meta[name="description"]')).toBe(story.dek);
    expect(content('meta[property="og:description"]')).toBe(story.dek);
    expect(document.querySelector('meta[property^="og:image"]')).toBeNull();
    expect(document.querySelector('link[type="application/json+oembed"]')).toBeNull();
    expect(document.head.innerHTML).not.toMatch(/distillation/i);
  });
});

describe('a ?data= story in another language', () => {
  afterEach(() => applyLanguage('en'));

  /** Opens a German story, with an English title too, at `search`. */
  function openGerman(search: string) {
    const story = {
      ...makeGuidedStory(),
      language: 'de',
      title: { de: 'Der Teekannenstreit', en: 'The teapot quarrel' },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(JSON.stringify(story)))),
    );
    render(<App search={search} bundled={null} />);
  }

  it('speaks the story’s own language in an embed without ?lang=, its tab title too', async () => {
    openGerman('?data=stories/de.json&embed=1');
    await screen.findByRole('heading', { level: 1, name: 'Der Teekannenstreit' });
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Der Teekannenstreit – eine belegte Zeitleiste');
    expect(screen.getByRole('region', { name: 'Zeitleiste' })).toBeInTheDocument();
  });

  it('keeps the ?lang= the URL asks for', async () => {
    openGerman('?data=stories/de.json&embed=1&lang=en');
    await screen.findByRole('heading', { level: 1, name: 'The teapot quarrel' });
    expect(document.documentElement.lang).not.toBe('de');
  });
});
