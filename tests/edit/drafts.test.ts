import {
  currentDraft,
  readCurrentDraft,
  readDraft,
  deleteDraft,
  listDrafts,
  loadDraft,
  saveDraft,
  type Draft,
} from '../../src/edit/drafts';
import { blankStory } from '../../src/edit/blank';

const draft = (id: string, name: string, updatedAt: number): Draft => ({
  id,
  name,
  story: blankStory(),
  texts: { 'source-1': 'Some text.' },
  translations: { de: { title: 'Titel' } },
  updatedAt,
  exported: false,
});

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  it('saves, lists the latest first, and restores the current draft', () => {
    expect(saveDraft(localStorage, draft('a', 'First', 1))).toBeNull();
    expect(saveDraft(localStorage, draft('b', 'Second', 2))).toBeNull();
    expect(listDrafts(localStorage).map((d) => d.name)).toEqual(['Second', 'First']);
    expect(currentDraft(localStorage)?.id).toBe('b');
    expect(loadDraft(localStorage, 'a')?.texts).toEqual({ 'source-1': 'Some text.' });
    expect(loadDraft(localStorage, 'a')?.translations).toEqual({ de: { title: 'Titel' } });
  });

  it('renames in place and deletes', () => {
    saveDraft(localStorage, draft('a', 'First', 1));
    saveDraft(localStorage, draft('a', 'Renamed', 3));
    expect(listDrafts(localStorage)).toEqual([{ id: 'a', name: 'Renamed', updatedAt: 3 }]);
    deleteDraft(localStorage, 'a');
    expect(listDrafts(localStorage)).toEqual([]);
    expect(currentDraft(localStorage)).toBeUndefined();
  });

  it('reads nothing from damaged storage', () => {
    localStorage.setItem('story-editor:drafts', '{not json');
    localStorage.setItem('story-editor:current', 'x');
    localStorage.setItem('story-editor:draft:x', '"a string"');
    expect(listDrafts(localStorage)).toEqual([]);
    expect(currentDraft(localStorage)).toBeUndefined();
  });

  it('reports a full storage instead of throwing', () => {
    const full = {
      ...localStorage,
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as unknown as Storage;
    expect(saveDraft(full, draft('a', 'First', 1))).toBe('QuotaExceededError');
  });
});

describe('reading a stored draft back', () => {
  beforeEach(() => localStorage.clear());
  const store = (text: string) => {
    localStorage.setItem('story-editor:draft:d1', text);
    localStorage.setItem('story-editor:current', 'd1');
  };

  it.each([
    ['an empty story', {}],
    ['events as a text', { events: 'abc' }],
    ['a null event', { events: [null] }],
    ['optional lists of the wrong kind', { annotations: 'x', steps: [null], corrections: 3 }],
  ])('patches %s so every list is a list', (_what, story) => {
    store(
      JSON.stringify({ id: 'd1', name: 'x', story, texts: {}, translations: {}, updatedAt: 1 }),
    );
    const read = readCurrentDraft(localStorage);
    expect(read.status).toBe('ok');
    const s = read.status === 'ok' ? read.draft.story : undefined;
    expect(Array.isArray(s?.events) && Array.isArray(s.groups) && Array.isArray(s.actors)).toBe(
      true,
    );
    expect(s?.events.every((e) => typeof e.title === 'string')).toBe(true);
    expect(s?.annotations ?? []).toEqual(expect.any(Array));
    expect(s?.steps?.every((x) => typeof x.caption === 'string') ?? true).toBe(true);
  });

  it('names a damaged draft and keeps its raw text', () => {
    store('{"story": {');
    expect(readCurrentDraft(localStorage)).toEqual({
      status: 'damaged',
      id: 'd1',
      name: 'Untitled draft',
      raw: '{"story": {',
      problem: 'its stored text is not valid JSON',
    });
    expect(readDraft(localStorage, 'nope')).toEqual({ status: 'missing' });
  });
});
