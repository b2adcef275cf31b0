import { describe, expect, it } from 'vitest';
import { parseFigureValue, sameValue } from '../../src/edit/figureValue';

describe('parseFigureValue', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['25,000', 25000],
    ['1 000 000', 1000000],
    ['28_800_000', 28800000],
    ['0', 0],
  ])('reads %j as %j', (text, value) => {
    expect(parseFigureValue(text)).toBe(value);
  });

  it('reads a typo as NaN, which the schema rejects, never as nothing', () => {
    expect(parseFigureValue('12k')).toBeNaN();
  });
});

describe('sameValue', () => {
  it('counts two NaNs as the same and null apart from 0', () => {
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(sameValue(null, 0)).toBe(false);
    expect(sameValue(5, 5)).toBe(true);
  });
});
