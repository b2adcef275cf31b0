import { useEffect, useState } from 'react';
import type { TimelineStore } from '../store';
import { answerKey } from './timelineKeys';

// Keys typed here are text, not shortcuts (checkboxes, radios and ranges take no text).
const TEXT_FIELDS =
  'textarea, select, dialog, input:not([type="checkbox"]):not([type="radio"]):not([type="range"])';

/** What the page-wide shortcuts open: the shortcuts help, the search box's focus. */
export interface Shortcuts {
  /** The shortcuts help is open (`?`, or the button that calls `setHelpOpen`). */
  helpOpen: boolean;
  setHelpOpen: (open: boolean) => void;
  /** Goes up by one on each `/`: the search box takes focus when it changes. */
  searchSignal: number;
}

/**
 * The page's keyboard shortcuts, on the document: `?` opens the help, `/` focuses the search,
 * Escape closes the chosen event's details from anywhere on the page.
 */
export function useShortcuts(store: TimelineStore): Shortcuts {
  const [helpOpen, setHelpOpen] = useState(false);
  const [searchSignal, setSearchSignal] = useState(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t?.closest(TEXT_FIELDS) || t?.isContentEditable) return;
      answerKey(e, {
        help: () => setHelpOpen(true),
        search: () => setSearchSignal((n) => n + 1),
        close: () => {
          if (store.getState().selectedId) store.getState().selectEvent(null);
          // The key goes on: an open popover closes on it too.
          return false;
        },
      });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
  return { helpOpen, setHelpOpen, searchSignal };
}
