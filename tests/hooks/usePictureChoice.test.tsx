import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePictureChoice } from '../../src/hooks/usePictureChoice';
import { storeAndWrapper } from '../fixtures/store';

type PictureWindow = Window & { __pictureChoice?: unknown };
const setChoice = (v: unknown) => ((window as PictureWindow).__pictureChoice = v);

afterEach(() => delete (window as PictureWindow).__pictureChoice);

describe('usePictureChoice', () => {
  it('opens the event tapped on the build-time picture, once', () => {
    const { store } = storeAndWrapper();
    const id = store.getState().index.events[1]?.id ?? '';
    setChoice(id);
    renderHook(() => usePictureChoice(store));
    expect(store.getState().selectedId).toBe(id);
    expect((window as PictureWindow).__pictureChoice).toBeUndefined();
  });

  it.each([['no-such-event'], [42], [undefined]])('ignores %s', (value) => {
    const { store } = storeAndWrapper();
    setChoice(value);
    renderHook(() => usePictureChoice(store));
    expect(store.getState().selectedId).toBeNull();
  });
});
