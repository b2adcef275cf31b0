import { describe, expect, it } from 'vitest';
import { activeSetOf, isActorShown, isEventShown } from '../../src/timeline/actorFilter';

describe('isEventShown', () => {
  it.each([
    ['every actor shown', null, ['acme'], true],
    ['one of its actors shown', ['globex'], ['acme', 'globex'], true],
    ['none of its actors shown', ['globex'], ['acme'], false],
    ['no actor shown', [], ['acme'], false],
  ] as const)('%s → %s', (_name, active, actors, expected) => {
    expect(isEventShown({ actors: [...actors] }, activeSetOf(active))).toBe(expected);
  });
});

describe('isActorShown', () => {
  it('shows every actor without a filter, and only the chosen ones with it', () => {
    expect(isActorShown('acme', null)).toBe(true);
    expect(isActorShown('acme', activeSetOf(['acme']))).toBe(true);
    expect(isActorShown('globex', activeSetOf(['acme']))).toBe(false);
  });
});
