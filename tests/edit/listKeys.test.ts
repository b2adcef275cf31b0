import fc from 'fast-check';
import { followKeys, type KeyedList } from '../../src/edit/listKeys';

const counter = () => {
  let n = 0;
  return () => `k${(n += 1)}`;
};

describe('list keys', () => {
  it('keeps each item’s key when one before it is removed', () => {
    const fresh = counter();
    const a = { q: 'a' };
    const b = { q: 'b' };
    const c = { q: 'c' };
    const first = followKeys({ items: [], keys: [] }, [a, b, c], fresh);
    const next = followKeys(first, [a, c], fresh);
    expect(next.keys).toEqual([first.keys[0], first.keys[2]]);
  });

  it('keeps the key of an item edited in place, and gives an added one a new key', () => {
    const fresh = counter();
    const a = { q: 'a' };
    const b = { q: 'b' };
    const first = followKeys({ items: [], keys: [] }, [a, b], fresh);
    const edited = followKeys(first, [a, { q: 'b2' }], fresh);
    expect(edited.keys).toEqual(first.keys);
    const added = followKeys(edited, [...edited.items, { q: 'c' }], fresh);
    expect(added.keys.slice(0, 2)).toEqual(first.keys);
    expect(first.keys).not.toContain(added.keys[2]);
  });

  it('gives every item a key of its own, whatever the change', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }),
        (before, after) => {
          const fresh = counter();
          // Numbers stand for items: equal numbers are the same item (the same object).
          const start: KeyedList = followKeys({ items: [], keys: [] }, before, fresh);
          const next = followKeys(start, after, fresh);
          expect(new Set(next.keys).size).toBe(after.length);
        },
      ),
    );
  });
});
