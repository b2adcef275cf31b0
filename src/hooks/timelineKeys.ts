import type { FocusMove } from '../timeline/roving';
import type { MessageKey } from '../i18n/messages/en';

/** What a key asks of the page; each view answers the commands that make sense in it. */
export type KeyCommand =
  FocusMove | 'open' | 'close' | 'zoomIn' | 'zoomOut' | 'reset' | 'search' | 'help';

/** One row of the shortcuts help, and the keys behind it. */
export interface KeyRow {
  /** The keys as the help prints them: as on keyboards, or in the reader's words. */
  label: { printed: string } | { words: MessageKey };
  /** What they do, in the reader's language. */
  does: MessageKey;
  /** Each `KeyboardEvent.key` the row stands for, and the command it gives. */
  keys: readonly (readonly [key: string, command: KeyCommand])[];
}

/**
 * Every key the page answers, in the order the help lists them: the views' key handlers and
 * the help dialog both read this table, so a key cannot be added to one and not the other.
 */
export const TIMELINE_KEYS: readonly KeyRow[] = [
  // The browser's own; listed because it is how a keyboard reaches everything else.
  { label: { printed: 'Tab' }, does: 'keys.tab', keys: [] },
  {
    label: { printed: '← →' },
    does: 'keys.arrows',
    // Up and down too: on a phone time runs down the page.
    keys: [
      ['ArrowLeft', 'previous'],
      ['ArrowUp', 'previous'],
      ['ArrowRight', 'next'],
      ['ArrowDown', 'next'],
    ],
  },
  {
    label: { words: 'keys.homeEndKeys' },
    does: 'keys.homeEnd',
    keys: [
      ['Home', 'first'],
      ['End', 'last'],
    ],
  },
  {
    label: { words: 'keys.enterKeys' },
    does: 'keys.enter',
    keys: [
      ['Enter', 'open'],
      [' ', 'open'],
    ],
  },
  { label: { printed: 'Escape' }, does: 'keys.escape', keys: [['Escape', 'close']] },
  {
    label: { printed: '+ / −' },
    does: 'keys.zoom',
    // '=' and '_' are the same keys without Shift, on layouts where '+' and '-' share them.
    keys: [
      ['+', 'zoomIn'],
      ['=', 'zoomIn'],
      ['-', 'zoomOut'],
      ['_', 'zoomOut'],
    ],
  },
  { label: { printed: '0' }, does: 'keys.reset', keys: [['0', 'reset']] },
  { label: { printed: '/' }, does: 'keys.search', keys: [['/', 'search']] },
  { label: { printed: '?' }, does: 'keys.help', keys: [['?', 'help']] },
];

const COMMANDS = new Map(TIMELINE_KEYS.flatMap((row) => row.keys));

/** The command a `KeyboardEvent.key` gives, if any. */
export function commandOf(key: string): KeyCommand | undefined {
  return COMMANDS.get(key);
}

/** The part of a keyboard event (React's or the DOM's) a key handler reads. */
interface KeyEvent {
  key: string;
  preventDefault: () => void;
}

/**
 * What one view does for each command it answers. A handler that returns `false` lets the key
 * go on to the browser's default (no mark under focus, a key the view leaves alone, an Escape
 * a popover may want too).
 */
export type KeyHandlers = {
  [C in KeyCommand]?: (command: C) => unknown;
};

/**
 * Answers a keydown: looks the key up in `TIMELINE_KEYS` and runs the view's handler for its
 * command; a key it answers does nothing else (no page scroll, no typed '/').
 */
export function answerKey(ev: KeyEvent, handlers: KeyHandlers): void {
  const command = commandOf(ev.key);
  if (!command) return;
  const handler = handlers[command] as ((command: KeyCommand) => unknown) | undefined;
  if (!handler || handler(command) === false) return;
  ev.preventDefault();
}
