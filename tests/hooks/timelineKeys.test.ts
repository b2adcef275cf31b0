import { describe, expect, it, vi } from 'vitest';
import {
  commandOf,
  answerKey,
  TIMELINE_KEYS,
  type KeyCommand,
  type KeyHandlers,
} from '../../src/hooks/timelineKeys';

type Press = { key: string; preventDefault: () => void };

const ALL: KeyCommand[] = [
  'previous',
  'next',
  'first',
  'last',
  'open',
  'close',
  'zoomIn',
  'zoomOut',
  'reset',
  'search',
  'help',
];

/** A listener answering every command, and what it was asked. */
function answeringAll() {
  const asked: KeyCommand[] = [];
  const handlers: KeyHandlers = Object.fromEntries(
    ALL.map((c) => [c, (command: KeyCommand) => void asked.push(command)]),
  );
  return { listener: (ev: Press) => answerKey(ev, handlers), asked };
}

const press = (key: string) => ({ key, preventDefault: vi.fn() });

// Every printable ASCII character, and the named keys a keyboard sends.
const CANDIDATES = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'],
  ...['Enter', 'Escape', 'Tab', 'Backspace', 'Delete', 'Insert', 'F1', 'Shift', 'Control'],
];
const TABLED = new Set(TIMELINE_KEYS.flatMap((row) => row.keys.map(([key]) => key)));

describe('the timeline keymap', () => {
  it('answers exactly the keys in its table, each with its row’s command', () => {
    const { listener, asked } = answeringAll();
    const answered = CANDIDATES.filter((key) => {
      const ev = press(key);
      listener(ev);
      return ev.preventDefault.mock.calls.length > 0;
    });
    expect(new Set(answered)).toEqual(TABLED);
    expect(asked).toEqual(answered.map((key) => commandOf(key)));
  });

  it('gives each key one command, and every command a key', () => {
    const keys = TIMELINE_KEYS.flatMap((row) => row.keys.map(([key]) => key));
    expect(keys).toHaveLength(new Set(keys).size);
    expect(new Set(TIMELINE_KEYS.flatMap((row) => row.keys.map(([, c]) => c)))).toEqual(
      new Set(ALL),
    );
  });

  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    [' ', 'open'],
    ['=', 'zoomIn'],
    ['_', 'zoomOut'],
  ])('%j gives %s', (key, command) => {
    expect(commandOf(key)).toBe(command);
  });

  it('leaves alone a key the view does not answer, or a handler declines', () => {
    const listener = (ev: Press) => answerKey(ev, { zoomIn: () => undefined, open: () => false });
    const zoom = press('+');
    const open = press('Enter');
    const reset = press('0');
    for (const ev of [zoom, open, reset]) listener(ev);
    expect(zoom.preventDefault).toHaveBeenCalled();
    expect(open.preventDefault).not.toHaveBeenCalled();
    expect(reset.preventDefault).not.toHaveBeenCalled();
  });
});
