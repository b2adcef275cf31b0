import type { ResolvedTheme } from '../../timeline/palette';
import type { Part } from '../embedOptions';
import type { Font } from '../embedLook';
import type { SliceCreator } from './slice';

export type Theme = ResolvedTheme | 'auto';

/** How the page is laid out and dressed: layout, mode, theme, embed options, notices. */
export interface UiData {
  /** One swimlane per actor. */
  lanes: boolean;
  mode: 'timeline' | 'list';
  theme: Theme;
  embed: boolean;
  transparent: boolean;
  /** An embed's parts in order (`parts=`); null shows the compact default. */
  parts: readonly Part[] | null;
  /** An embed's fixed height in px (`height=`); null sizes the frame to its content. */
  fixedHeightPx: number | null;
  /** An embed without title and footer (`plain=1`). */
  plain: boolean;
  /** A newsroom's accent colour (`accent=`), contrast-checked; null: the theme's own. */
  accent: string | null;
  /** The font family (`font=`); null: serif headlines, sans-serif text. */
  font: Font | null;
  /** A dismissible note, e.g. about an invalid link parameter. */
  notice: string | null;
}

export interface UiActions {
  setLanes: (on: boolean) => void;
  setMode: (mode: 'timeline' | 'list') => void;
  setTheme: (theme: Theme) => void;
  setNotice: (notice: string | null) => void;
}

export type UiSlice = UiData & UiActions;

/**
 * The theme a page opens in: an embed is light (a dark frame inside a white article looks
 * broken), the page follows the reader's system. Links leave it out.
 */
export function defaultTheme(embed: boolean): Theme {
  return embed ? 'light' : 'auto';
}

/** The theme to draw: "auto" follows the reader's system preference. */
export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  return theme === 'auto' ? (prefersDark ? 'dark' : 'light') : theme;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  lanes: false,
  mode: 'timeline',
  theme: defaultTheme(false),
  embed: false,
  transparent: false,
  parts: null,
  fixedHeightPx: null,
  plain: false,
  accent: null,
  font: null,
  notice: null,
  setLanes: (lanes) => set({ lanes }),
  setMode: (mode) => set({ mode }),
  setTheme: (theme) => set({ theme }),
  setNotice: (notice) => set({ notice }),
});
