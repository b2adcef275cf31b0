import {
  DEFAULT_EMBED_PARTS,
  parseFixedHeight,
  parseParts,
  resolveParts,
} from '../../src/store/embedOptions';

describe('parseParts', () => {
  it.each<[string, string[], string[]]>([
    ['timeline', ['timeline'], []],
    ['details,timeline', ['details', 'timeline'], []],
    [' Timeline , chart ,', ['timeline', 'chart'], []],
    ['timeline,timeline', ['timeline'], []],
    ['timeline,map,legend', ['timeline'], ['map', 'legend']],
    ['', [], []],
  ])('%j → %j, unknown %j', (raw, parts, unknown) => {
    expect(parseParts(raw)).toEqual({ parts, unknown });
  });
});

describe('parseFixedHeight', () => {
  it.each<[string | null, number | null]>([
    ['560', 560],
    ['360', 360],
    ['20000', 20000],
    ['99999', 20000],
    ['100000000', null],
    ['359', null],
    ['0', null],
    ['560px', null],
    ['-600', null],
    ['5.5e2', null],
    ['', null],
    [null, null],
  ])('%j → %j', (raw, expected) => {
    expect(parseFixedHeight(raw)).toBe(expected);
  });
});

describe('resolveParts', () => {
  it('gives the compact default without a list, leaving out the overview and the chart', () => {
    expect(resolveParts(null, false)).toEqual([...DEFAULT_EMBED_PARTS]);
    expect(DEFAULT_EMBED_PARTS).not.toContain('chart');
    expect(DEFAULT_EMBED_PARTS).not.toContain('overview');
  });

  it('keeps the order given', () => {
    expect(resolveParts(['details', 'title', 'timeline'], false)).toEqual([
      'details',
      'title',
      'timeline',
    ]);
  });

  it('drops title and footer when plain', () => {
    expect(resolveParts(null, true)).toEqual(['controls', 'timeline', 'details']);
    expect(resolveParts(['footer', 'chart'], true)).toEqual(['chart']);
  });
});
