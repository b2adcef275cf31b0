import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useResolvedTheme } from '../../src/hooks/useResolvedTheme';
import { storeAndWrapper } from '../fixtures/store';

/** A matchMedia that answers the dark-scheme query with `dark`, and nothing else. */
function preferDark(dark: boolean) {
  const real = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...real(query),
    matches: query.includes('prefers-color-scheme: dark') ? dark : real(query).matches,
  }));
}

afterEach(() => vi.restoreAllMocks());

describe('useResolvedTheme', () => {
  it('follows the reader’s system preference when the theme is auto', () => {
    preferDark(true);
    const { wrapper } = storeAndWrapper();
    expect(renderHook(useResolvedTheme, { wrapper }).result.current).toBe('dark');
  });

  it('draws light for auto without a dark preference', () => {
    preferDark(false);
    const { wrapper } = storeAndWrapper();
    expect(renderHook(useResolvedTheme, { wrapper }).result.current).toBe('light');
  });

  it('keeps a chosen theme whatever the system says, and follows the store', () => {
    preferDark(true);
    const { store, wrapper } = storeAndWrapper({ theme: 'light' });
    const { result } = renderHook(useResolvedTheme, { wrapper });
    expect(result.current).toBe('light');
    act(() => store.getState().setTheme('auto'));
    expect(result.current).toBe('dark');
  });
});
