import { describe, expect, it } from 'vitest';
import { indexStory } from '../../../src/timeline/storyIndex';
import { createTimelineStore } from '../../../src/store';
import { defaultTheme, resolveTheme } from '../../../src/store/slices/ui';
import { makeStory } from '../../fixtures/story';

describe('resolveTheme', () => {
  it.each([
    ['auto', false, 'light'],
    ['auto', true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('%s with a dark preference %s draws %s', (theme, prefersDark, expected) => {
    expect(resolveTheme(theme, prefersDark)).toBe(expected);
  });
});

describe('defaultTheme', () => {
  it('is light in an embed and follows the system on the page', () => {
    expect(defaultTheme(true)).toBe('light');
    expect(defaultTheme(false)).toBe('auto');
  });
});

describe('the UI slice', () => {
  it('starts as a page (not an embed) in the timeline mode, and takes each setting', () => {
    const store = createTimelineStore(indexStory(makeStory()));
    expect(store.getState()).toMatchObject({ lanes: false, mode: 'timeline', theme: 'auto' });
    store.getState().setLanes(true);
    store.getState().setMode('list');
    store.getState().setTheme('dark');
    store.getState().setNotice('A note.');
    expect(store.getState()).toMatchObject({
      lanes: true,
      mode: 'list',
      theme: 'dark',
      notice: 'A note.',
    });
  });
});
