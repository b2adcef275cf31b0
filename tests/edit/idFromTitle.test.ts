import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idFromTitle, slugOf } from '../../src/edit/idFromTitle';
import { Id } from '../../src/data/schemaFields';

describe('slugOf', () => {
  it.each([
    ['Lab Alpha opens', 'lab-alpha-opens'],
    ['Zoë’s 2nd letter — to the Senate!', 'zoes-2nd-letter-to-the-senate'],
    ['  ', ''],
    ['アンソロピック', ''],
  ])('%s → %s', (title, id) => expect(slugOf(title)).toBe(id));

  it('cuts a long title at a word, under 60 characters', () => {
    const id = slugOf('The regulator writes to both labs about the accounts '.repeat(3));
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^the-regulator-writes.*[a-z]$/);
  });

  it('always makes a valid id, or nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const id = slugOf(title);
        expect(id === '' || Id.safeParse(id).success).toBe(true);
      }),
    );
  });
});

describe('idFromTitle', () => {
  it('numbers a clash and falls back where the title has no letters for an id', () => {
    const taken = new Set(['lab-alpha-opens', 'lab-alpha-opens-2']);
    expect(idFromTitle('Lab Alpha opens', taken, 'event-3')).toBe('lab-alpha-opens-3');
    expect(idFromTitle('アンソロピック', taken, 'event-3')).toBe('event-3');
  });
});
