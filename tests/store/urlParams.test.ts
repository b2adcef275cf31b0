import { readdirSync, readFileSync } from 'node:fs';
import {
  CARRIED_PARAMS,
  FRAME_ONLY_PARAMS,
  MEASURED_PARAMS,
  OWN_LAYOUT_PARAMS,
  PARAMS,
  URL_PARAMS,
} from '../../src/store/urlParams';
import { FIELD_BINDINGS, writeUrlState } from '../../src/store/urlState';
import { createTimelineStore } from '../../src/store';
import { indexStory } from '../../src/timeline/storyIndex';
import { makeStory } from '../fixtures/story';
import { readParam, writeParam } from '../../src/store/urlParam';

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
        scaleKind: 'sequence',
        index: indexStory(makeStory()),
      },
      [Date.UTC(2026, 0, 1), Date.UTC(2026, 1, 1)],
    );
    const written = [...new URLSearchParams(query).keys()];
    expect(written.length).toBeGreaterThan(8);
    expect(written.filter((k) => !names.includes(k))).toEqual([]);
  });

  it('is the only place a parameter is read or written by its name', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/^store[/\\]urlParams?\.ts$/.test(f))
      .map((f) => `src/${f}`);
    expect(files.length).toBeGreaterThan(50);
    const byName = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\.(?:get|getAll|has|set|delete)\('([a-zA-Z]+)'/g)]
        .filter((m) => names.includes(m[1]!))
        .map((m) => `${f}: ${m[0]}`),
    );
    expect(byName).toEqual([]);
  });

  it('is documented, every parameter of it, in docs/embedding.md', () => {
    const doc = readFileSync('docs/embedding.md', 'utf8');
    const table = doc.slice(doc.indexOf('## URL parameters'), doc.indexOf('## How the height'));
    expect(names.filter((n) => !table.includes(`\`${n}\``))).toEqual([]);
  });

  it('holds every parameter embed.js reads by name', () => {
    const read = [
      ...readFileSync('public/embed.js', 'utf8').matchAll(/(?:get|has)\('([a-zA-Z]+)'\)/g),
    ].map((m) => m[1]!);
    expect(read.filter((k) => !names.includes(k))).toEqual([]);
  });

  it('reads a host’s id only when it is safe to echo, and its last value', () => {
    const p = new URLSearchParams('childId=a&childId=b&dwId=cxPYMxnavigateTo&embedId=%3Cx%3E');
    expect(readParam(p, PARAMS.childId)).toBe('b');
    expect(readParam(p, PARAMS.dwId)).toBeNull();
    expect(readParam(p, PARAMS.embedId)).toBeNull();
  });

  it('names a bad value once, and writes a default as absence', () => {
    const problems: string[] = [];
    const p = new URLSearchParams('lanes=yes');
    expect(readParam(p, PARAMS.lanes, undefined, problems)).toBeNull();
    readParam(p, PARAMS.lanes, undefined, problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('lanes');
    writeParam(p, PARAMS.lanes, false);
    expect(p.has('lanes')).toBe(false);
    writeParam(p, PARAMS.parts, ['timeline', 'chart']);
    expect(p.get('parts')).toBe('timeline,chart');
  });

  it('keeps frame-only and host parameters out of the full page’s link, never the view', () => {
    expect(FRAME_ONLY_PARAMS).toEqual(expect.arrayContaining(['embed', 'height', 'childId']));
    expect(FRAME_ONLY_PARAMS).not.toContain('event');
    expect(OWN_LAYOUT_PARAMS).toEqual(expect.arrayContaining(['data', 'event', 'step']));
    // Measured per width at build time, so embed.js can reserve their height.
    expect(OWN_LAYOUT_PARAMS).not.toContain('parts');
    expect(MEASURED_PARAMS).toEqual(['font', 'lang', 'parts', 'plain']);
    expect(CARRIED_PARAMS).toEqual(['data', 'lang']);
  });
});

describe('the table binds the store', () => {
  it('binds only fields the store has, each once but the legacy spelling', () => {
    const store = createTimelineStore(indexStory(makeStory()));
    const fields = FIELD_BINDINGS.filter((b) => !b.legacy).map((b) => b.field);
    expect(fields.filter((f) => !(f in store.getState()))).toEqual([]);
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('pushes a history entry for a choice (event, step), replaces it for the view', () => {
    const history = (kind: 'push' | 'replace') =>
      FIELD_BINDINGS.filter((b) => b.live?.history === kind).map((b) => b.field);
    expect(history('push')).toEqual(['selectedId', 'storyStep']);
    expect(history('replace')).toEqual(['activeActors', 'scaleKind', 'lanes', 'theme']);
  });

  it('sets each live field on Back with an action of the store', () => {
    const state = createTimelineStore(indexStory(makeStory())).getState();
    for (const b of FIELD_BINDINGS)
      if (b.live) expect(typeof state[b.live.apply], b.live.apply).toBe('function');
  });
});
