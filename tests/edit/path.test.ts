import fc from 'fast-check';
import { getAt, parsePath, setAt, storedText } from '../../src/edit/path';

describe('story paths', () => {
  it('reads a path as the validator writes it', () => {
    expect(parsePath('events[3].date.end')).toEqual(['events', 3, 'date', 'end']);
    expect(parsePath('texts.source-1')).toEqual(['texts', 'source-1']);
    expect(parsePath('annotations[0].events[1]')).toEqual(['annotations', 0, 'events', 1]);
  });

  it('gets and sets a value, copying only what lies on the path', () => {
    const story = { title: 'T', events: [{ id: 'a', date: { end: 'x' } }, { id: 'b' }] };
    expect(getAt(story, 'events[0].date.end')).toBe('x');
    expect(getAt(story, 'events[5].date')).toBeUndefined();
    const next = setAt(story, 'events[0].date.end', 'y');
    expect(next.events[0]).toEqual({ id: 'a', date: { end: 'y' } });
    expect(story.events[0]?.date?.end).toBe('x');
    expect(next.events[1]).toBe(story.events[1]);
  });

  it('leaves out a key (or a list item) set to undefined', () => {
    const item = { name: 'N', role: 'R' };
    expect(setAt(item, 'role', undefined)).toEqual({ name: 'N' });
    expect(setAt({ xs: [1, 2, 3] }, 'xs[1]', undefined)).toEqual({ xs: [1, 3] });
    expect(Object.keys(setAt({ a: 1, b: 2 }, 'a', undefined))).toEqual(['b']);
  });

  it('stores an empty text as text, as no key, or as null', () => {
    expect(storedText('', 'text')).toBe('');
    expect(storedText('', 'omit')).toBeUndefined();
    expect(storedText('', 'null')).toBeNull();
    expect(storedText('x', 'null')).toBe('x');
  });

  it('reads back what it set, for any list place and key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ k: fc.string() }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.string(),
        (list, n, v) => {
          const i = n % list.length;
          const next = setAt({ list }, `list[${i}].k`, v);
          expect(getAt(next, `list[${i}].k`)).toBe(v);
          next.list.forEach((item, j) => {
            if (j !== i) expect(item).toBe(list[j]);
          });
        },
      ),
    );
  });
});
