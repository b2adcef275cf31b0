import { useTimeline } from '../store';
import { resolveTheme } from '../store/slices/ui';
import type { ResolvedTheme } from '../timeline/palette';
import { useMediaQuery } from './useMediaQuery';

/** The theme the page is drawn in: the store's, with "auto" following the reader's system. */
export function useResolvedTheme(): ResolvedTheme {
  const theme = useTimeline((s) => s.theme);
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  return resolveTheme(theme, prefersDark);
}
