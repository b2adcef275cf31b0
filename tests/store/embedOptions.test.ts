import {
  DEFAULT_EMBED_PARTS,
  parseFixedHeight,
  parseParts,
  resolveParts,
  writeEmbedChoice,
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

describe('writeEmbedChoice', () => {
  const write = (c: Parameters<typeof writeEmbedChoice>[1], base = 'embed=1') => {
    const p = new URLSearchParams(base);
    writeEmbedChoice(p, c);
    return p.toString().replace(/%2C/g, ',');
  };
  it('leaves the defaults out', () => {
    expect(write({ parts: DEFAULT_EMBED_PARTS, fixedHeightPx: null, plain: false })).toBe(
      'embed=1',
    );
  });
  it('writes parts, a fixed height (at least 360) and plain', () => {
    expect(write({ parts: ['timeline', 'chart'], fixedHeightPx: 560, plain: true })).toBe(
      'embed=1&parts=timeline,chart&height=560&plain=1',
    );
    expect(write({ parts: ['timeline'], fixedHeightPx: 100, plain: false })).toBe(
      'embed=1&parts=timeline&height=360',
    );
  });
  it('reads back as written', () => {
    const q = new URLSearchParams(
      write({ parts: ['details', 'timeline'], fixedHeightPx: 600, plain: false }),
    );
    expect(parseParts(q.get('parts')!).parts).toEqual(['details', 'timeline']);
    expect(parseFixedHeight(q.get('height'))).toBe(600);
  });
});
