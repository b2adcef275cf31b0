import { describe, expect, it, vi } from 'vitest';
import { memoByLevel } from '../../src/timeline/levelCache';

describe('memoByLevel', () => {
  it('computes a level once and reuses it', () => {
    const compute = vi.fn((k: number) => ({ k }));
    const at = memoByLevel(compute);
    const a = at(2);
    expect(at(2)).toBe(a);
    at(4);
    expect(compute).toHaveBeenCalledTimes(2);
  });
  it('stays bounded', () => {
    const compute = vi.fn((k: number) => k);
    const at = memoByLevel(compute, 3);
    for (const k of [1, 2, 3, 4, 1]) at(k);
    expect(compute).toHaveBeenCalledTimes(5);
  });
});
