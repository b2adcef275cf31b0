import { createHistory, MERGE_MS, pushHistory, redo, undo } from '../../src/edit/history';

describe('history', () => {
  it('undoes and redoes one step at a time', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b', 'x', 0);
    h = pushHistory(h, 'c', 'y', 10);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('merges keystrokes in one field into one step', () => {
    let h = createHistory('');
    h = pushHistory(h, 'T', 'title', 0);
    h = pushHistory(h, 'Ti', 'title', 100);
    h = pushHistory(h, 'Tit', 'title', 200);
    expect(h.past).toEqual(['']);
    h = pushHistory(h, 'Tit!', 'title', 200 + MERGE_MS);
    expect(h.past).toEqual(['', 'Tit']);
  });

  it('drops the redo steps after a new change', () => {
    let h = pushHistory(createHistory(1), 2, 'n', 0);
    h = pushHistory(undo(h), 3, 'n', 10);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1]);
  });
});
