import { readFileSync } from 'node:fs';
import { FRAME_ONLY_PARAMS, OWN_LAYOUT_PARAMS, URL_PARAMS } from '../../src/store/urlParams';
import { writeUrlState } from '../../src/store/urlState';

const names = URL_PARAMS.map((p) => p.name);

describe('the table of URL parameters', () => {
  it('names each parameter once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('holds every parameter the view writes', () => {
    const query = writeUrlState(
      '',
      {
        activeActors: ['a'],
        selectedId: 'e',
        lanes: true,
        theme: 'dark',
        embed: true,
        transparent: true,
        storyStep: 0,
        scale: 'linear',
      },
      [Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)],
    );
    const written = [...new URLSearchParams(query).keys()];
    expect(written.length).toBeGreaterThan(8);
    expect(written.filter((k) => !names.includes(k))).toEqual([]);
  });

  it('holds every parameter the app and its scripts read by name', () => {
    const sources = [
      'src/App.tsx',
      'src/main.tsx',
      'src/store/urlState.ts',
      'src/embed/heightMessages.ts',
      'public/embed.js',
    ];
    const read = new Set(
      sources.flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/(?:get|has)\('([a-zA-Z]+)'\)/g)].map((m) => m[1]!),
      ),
    );
    expect([...read].filter((k) => !names.includes(k))).toEqual([]);
  });

  it('keeps frame-only and host parameters out of the full page’s link, never the view', () => {
    expect(FRAME_ONLY_PARAMS).toEqual(expect.arrayContaining(['embed', 'height', 'childId']));
    expect(FRAME_ONLY_PARAMS).not.toContain('event');
    expect(OWN_LAYOUT_PARAMS).toEqual(expect.arrayContaining(['data', 'event', 'parts']));
  });
});
