import {
  heightKey,
  isStartHeights,
  startHeightPx,
  tallestPx,
  type StartHeights,
} from '../../src/embed/startHeights';

const table: StartHeights = {
  lang: 'en',
  heights: {
    '': [
      [280, 535],
      [307, 479],
      [553, 443],
      [616, 579],
    ],
    'parts=timeline': [
      [280, 321],
      [616, 457],
    ],
    'lang=de&plain=1': [[280, 500]],
  },
};
const q = (s: string) => new URLSearchParams(s);

describe('the measured opening heights', () => {
  it('keys a view by its measured parameters, defaults left out', () => {
    expect(heightKey(q('embed=1&actors=a&theme=dark'), 'en')).toBe('');
    expect(heightKey(q('plain=1&lang=de&embed=1'), 'en')).toBe('lang=de&plain=1');
    expect(heightKey(q('lang=en&plain=0'), 'en')).toBe('');
    expect(heightKey(q('event=letter'), 'en')).toBeNull();
  });

  it('gives the height of the column width’s step, not of another width', () => {
    // A 640 px column was given 443 (the 600 px row) before; it is 579.
    expect(startHeightPx(table, q('embed=1'), 640)).toBe(579);
    expect(startHeightPx(table, q('embed=1'), 600)).toBe(443);
    expect(startHeightPx(table, q('embed=1'), 343)).toBe(479);
    expect(startHeightPx(table, q('embed=1'), 200)).toBe(535);
    expect(startHeightPx(table, q('parts=timeline'), 343)).toBe(321);
    expect(startHeightPx(table, q('parts=title,timeline'), 343)).toBeNull();
  });

  it('gives a plain iframe the tallest height from 320 to 1,280 px', () => {
    expect(tallestPx(table, q('embed=1'))).toBe(579);
    expect(tallestPx(table, q('lang=de&plain=1'))).toBe(500);
    expect(tallestPx(table, q('step=2'))).toBeNull();
  });

  it('accepts only the shape the build writes', () => {
    expect(isStartHeights(table)).toBe(true);
    expect(isStartHeights([[320, 479]])).toBe(false);
    expect(isStartHeights({ lang: 'en', heights: { '': [[320]] } })).toBe(false);
  });
});
