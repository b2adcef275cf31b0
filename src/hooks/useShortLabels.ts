import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The width a row's controls take side by side, with the row's gap between them. */
function rowWidth(row: HTMLElement): number {
  let sum = 0;
  let n = 0;
  for (const child of row.children) {
    const w = child.getBoundingClientRect().width;
    // The phone's search field, opened over the row, is not in it.
    if (w === 0 || getComputedStyle(child).position === 'absolute') continue;
    sum += w;
    n++;
  }
  const gap = parseFloat(getComputedStyle(row).columnGap) || 0;
  return sum + gap * Math.max(0, n - 1);
}

/** The row's own width for its controls. */
function roomOf(row: HTMLElement): number {
  const style = getComputedStyle(row);
  return (
    row.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0)
  );
}

/**
 * Whether a row of controls must show its short labels to keep to one line, as the design
 * asks: in some languages, or with a story's many actors, the long ones are too wide for a
 * phone. `long` names what the long labels say; whenever it changes they are drawn and
 * measured again. Measured in a ResizeObserver's callback (after layout, before paint), and the
 * short labels drawn in the same frame: the row never shows on two lines, and the page's first
 * render is not held back by a layout of its own.
 */
export function useShortLabels(ref: RefObject<HTMLElement | null>, long: string): boolean {
  // Short or not, for the long labels that say `long`: any other is drawn long first.
  const [state, setState] = useState({ long, short: false });
  // The long labels' width, measured while they are drawn; null until then.
  const needed = useRef<number | null>(null);
  useLayoutEffect(() => {
    const row = ref.current;
    needed.current = null;
    if (!row || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      // A row not laid out yet (a hidden frame, a page in a background tab) measures nothing.
      if (needed.current === null) {
        const width = rowWidth(row);
        if (width === 0) return;
        needed.current = width;
      }
      const short = needed.current > roomOf(row) + 0.5;
      flushSync(() =>
        setState((was) => (was.long === long && was.short === short ? was : { long, short })),
      );
    });
    observer.observe(row);
    for (const child of row.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, long]);
  return state.long === long && state.short;
}
