import { describe, expect, it } from 'vitest';
import { indexStory } from '../../src/timeline/storyIndex';
import {
  describeDomain,
  parseUrlState,
  writeUrlState,
  type UrlState,
} from '../../src/store/urlState';
import { makeStory, pinTimeZone } from '../fixtures/story';

pinTimeZone('Pacific/Kiritimati');

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const index = indexStory(makeStory());

/** What writeUrlState takes: the store's fields that live in the URL. */
type Written = Parameters<typeof writeUrlState>[1];
/**
 * The state of an empty query. Taken from the parser so that fields added to the URL later
 * (with their own tests) do not break these; the first test pins the values that matter here.
 */
const DEFAULT_STATE: UrlState = parseUrlState('', index).state;
const DEFAULTS: Written = { ...DEFAULT_STATE, index };

describe('parseUrlState', () => {
  it('gives defaults for an empty query', () => {
    const { state, problems } = parseUrlState('', index);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      activeActors: null,
      selectedId: null,
      pendingDomain: null,
      lanes: false,
      theme: 'auto',
      embed: false,
      transparent: false,
    });
  });

  it.each<[string, string, Partial<UrlState>]>([
    ['actors', '?actors=globex', { activeActors: ['globex'] }],
    ['actors, in the story’s order', '?actors=globex,acme', { activeActors: null }],
    ['no actors', '?actors=', { activeActors: [] }],
    ['event', '?event=second', { selectedId: 'second' }],
    [
      'from and to',
      '?from=2026-03-01&to=2026-04-15',
      { pendingDomain: [utc(2026, 3, 1), utc(2026, 4, 15)] },
    ],
    ['lanes', '?lanes=1', { lanes: true }],
    ['theme', '?theme=dark', { theme: 'dark' }],
    ['theme=light', '?theme=light', { theme: 'light' }],
    ['embed, light by default', '?embed=1', { embed: true, theme: 'light' }],
    ['embed with theme=auto', '?embed=1&theme=auto', { embed: true, theme: 'auto' }],
    ['bg', '?bg=transparent', { transparent: true }],
    ['transparent=1', '?transparent=1', { transparent: true }],
    ['plain', '?plain=1', { plain: true }],
    ['parts, in the order given', '?parts=details,timeline', { parts: ['details', 'timeline'] }],
    ['height', '?height=560', { fixedHeightPx: 560 }],
  ])('reads %s', (_name, search, expected) => {
    const { state, problems } = parseUrlState(search, index);
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it('reads from/to as UTC days, whatever the local zone', () => {
    const { state } = parseUrlState('?from=2026-03-01&to=2026-03-02', index);
    expect(state.pendingDomain).toEqual([utc(2026, 3, 1), utc(2026, 3, 2)]);
  });

  it.each<[string, string, Partial<UrlState>, RegExp]>([
    ['an unknown actor', '?actors=nobody', {}, /unknown actor “nobody”/],
    [
      'an unknown actor among known ones',
      '?actors=acme,nobody',
      { activeActors: ['acme'] },
      /unknown actor “nobody”/,
    ],
    ['an unknown event', '?event=zzz', {}, /unknown event “zzz”/],
    ['an impossible day', '?from=2026-02-30&to=2026-03-10', {}, /from, to/],
    ['a month that does not exist', '?from=2026-13-01&to=2027-01-10', {}, /from, to/],
    ['a date in another format', '?from=03/01/2026&to=2026-03-10', {}, /YYYY-MM-DD/],
    ['from without to', '?from=2026-03-01', {}, /from, to/],
    ['to without from', '?to=2026-03-01', {}, /from, to/],
    [
      'from after to',
      '?from=2026-04-01&to=2026-03-01',
      {},
      /“from” \(2026-04-01\) is not before “to” \(2026-03-01\)/,
    ],
    ['from equal to to', '?from=2026-04-01&to=2026-04-01', {}, /not before/],
    ['an unknown theme', '?theme=purple', {}, /unknown theme “purple”/],
    ['lanes=yes', '?lanes=yes', {}, /lanes “yes” \(use 1\)/],
    ['lanes=true', '?lanes=true', {}, /lanes “true”/],
    ['an empty lanes', '?lanes=', {}, /lanes “”/],
    ['embed=01', '?embed=01', {}, /embed “01” \(use 1\)/],
    ['bg=none', '?bg=none', {}, /bg “none” \(use transparent\)/],
    ['bg=Transparent', '?bg=Transparent', {}, /bg “Transparent”/],
    ['an unknown part', '?parts=timeline,map', { parts: ['timeline'] }, /unknown part “map”/],
    ['a height under 360', '?height=200', {}, /height “200”/],
    ['a height that is not a number', '?height=tall', {}, /height “tall”/],
  ])('falls back to defaults for %s and names it', (_name, search, expected, problem) => {
    const { state, problems } = parseUrlState(search, index);
    expect(state).toEqual({ ...DEFAULT_STATE, ...expected });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it.each([
    ['lanes=0', {}],
    ['embed=0', {}],
  ])('takes %s quietly as off', (search, expected) => {
    expect(parseUrlState(`?${search}`, index)).toEqual({
      state: { ...DEFAULT_STATE, ...expected },
      problems: [],
    });
  });

  it('names every problem at once, and keeps what it understood', () => {
    const { state, problems } = parseUrlState(
      '?actors=ghost&event=nope&from=2026-02-30&to=x&theme=neon&lanes=1',
      index,
    );
    expect(state).toEqual({ ...DEFAULT_STATE, lanes: true });
    expect(problems).toHaveLength(4);
  });

  it('shortens a very long bad value in its problem', () => {
    const { problems } = parseUrlState(`?event=${'x'.repeat(500)}`, index);
    expect(problems[0]!.length).toBeLessThan(80);
  });

  it('ignores parameters it does not know', () => {
    expect(parseUrlState('?childId=frame-1&initialWidth=600&parentTitle=Hi', index)).toEqual({
      state: DEFAULT_STATE,
      problems: [],
    });
  });
});

describe('writeUrlState', () => {
  it('writes nothing for the defaults', () => {
    expect(writeUrlState('', DEFAULTS, null)).toBe('');
  });

  it.each<[string, Partial<Written>, [number, number] | null, string]>([
    ['actors', { activeActors: ['acme', 'globex'] }, null, '?actors=acme,globex'],
    ['no actors', { activeActors: [] }, null, '?actors='],
    ['event', { selectedId: 'second' }, null, '?event=second'],
    ['from and to', {}, [utc(2026, 3, 1), utc(2026, 4, 15)], '?from=2026-03-01&to=2026-04-15'],
    ['lanes', { lanes: true }, null, '?lanes=1'],
    ['theme', { theme: 'dark' }, null, '?theme=dark'],
    ['embed', { embed: true, theme: 'light' }, null, '?embed=1'],
    ['embed with theme=auto', { embed: true, theme: 'auto' }, null, '?theme=auto&embed=1'],
    ['bg', { transparent: true }, null, '?bg=transparent'],
  ])('writes %s', (_name, s, domain, expected) => {
    expect(writeUrlState('', { ...DEFAULTS, ...s }, domain)).toBe(expected);
  });

  it('writes the UTC day of a window end, even late in the day', () => {
    const late = utc(2026, 3, 1) + 23.5 * 3_600_000;
    expect(writeUrlState('', DEFAULTS, [late, late + 86_400_000])).toBe(
      '?from=2026-03-01&to=2026-03-02',
    );
  });

  it('keeps the host’s own parameters and drops ours when back to default', () => {
    const base = '?childId=frame-1&initialWidth=600&event=first&theme=dark&lanes=1';
    const out = writeUrlState(base, { ...DEFAULTS, selectedId: 'third' }, null);
    const p = new URLSearchParams(out);
    expect(p.get('childId')).toBe('frame-1');
    expect(p.get('initialWidth')).toBe('600');
    expect(p.get('event')).toBe('third');
    expect(p.has('theme')).toBe(false);
    expect(p.has('lanes')).toBe(false);
  });
});

describe('a round trip through the query string', () => {
  it.each<[string, Written, [number, number] | null]>([
    ['the defaults', DEFAULTS, null],
    [
      'every parameter',
      {
        ...DEFAULTS,
        activeActors: ['globex'],
        selectedId: 'second',
        lanes: true,
        theme: 'dark',
        embed: true,
        transparent: true,
      },
      [utc(2026, 3, 1), utc(2026, 4, 15)],
    ],
    ['no actors', { ...DEFAULTS, activeActors: [] }, null],
    ['a light theme', { ...DEFAULTS, theme: 'light' }, [utc(2026, 2, 27), utc(2026, 3, 2)]],
  ])('keeps %s, and the host’s parameters', (_name, written, domain) => {
    const search = writeUrlState('?childId=frame-1&initialWidth=600', written, domain);
    const { state, problems } = parseUrlState(search, index);
    expect(problems).toEqual([]);
    expect({ ...state, index }).toEqual({ ...written, pendingDomain: domain });
    const p = new URLSearchParams(search);
    expect(p.get('childId')).toBe('frame-1');
    expect(p.get('initialWidth')).toBe('600');
  });

  it('is stable: writing what was read gives the same query', () => {
    const search =
      '?childId=frame-1&actors=globex&event=second&from=2026-03-01&to=2026-04-15&lanes=1&theme=dark&embed=1&bg=transparent';
    const { state } = parseUrlState(search, index);
    const again = writeUrlState(search, { ...state, index }, state.pendingDomain ?? null);
    expect(new URLSearchParams(again).toString()).toBe(new URLSearchParams(search).toString());
  });
});

describe('describeDomain', () => {
  it('names both ends as UTC days', () => {
    expect(describeDomain([utc(2026, 4, 1), utc(2026, 6, 30) + 23 * 3_600_000])).toBe(
      '1 April 2026 – 30 June 2026',
    );
  });
});
