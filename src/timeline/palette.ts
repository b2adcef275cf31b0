import type { StoryIndex } from './storyIndex';
import { ensureContrast } from './contrast';

export const BACKGROUND = { light: '#ffffff', dark: '#121212' } as const;
export type ResolvedTheme = keyof typeof BACKGROUND;

/** Marks need 3:1 against the background (WCAG 1.4.11); group colours are adjusted to reach it. */
export function groupColors(index: StoryIndex, theme: ResolvedTheme): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of index.story.groups)
    out.set(g.id, ensureContrast(g.color, BACKGROUND[theme], 3.2));
  return out;
}

/** Text in a group colour (filter swatches' labels, lane names) needs 4.5:1. */
export function groupTextColors(index: StoryIndex, theme: ResolvedTheme): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of index.story.groups)
    out.set(g.id, ensureContrast(g.color, BACKGROUND[theme], 4.6));
  return out;
}
