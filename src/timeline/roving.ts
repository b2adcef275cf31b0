/** Where a key sends the roving focus (the keys themselves are in hooks/timelineKeys.ts). */
export type FocusMove = 'previous' | 'next' | 'first' | 'last';

/**
 * Where the roving focus goes, among visible events in time order (ties on the same day keep
 * the story's order). Returns null when there is nothing to focus.
 */
export function nextFocus(
  order: readonly string[],
  current: string,
  move: FocusMove,
): string | null {
  if (order.length === 0) return null;
  const i = order.indexOf(current);
  switch (move) {
    case 'next':
      return order[i < 0 ? 0 : Math.min(order.length - 1, i + 1)] ?? null;
    case 'previous':
      return order[i < 0 ? 0 : Math.max(0, i - 1)] ?? null;
    case 'first':
      return order[0] ?? null;
    case 'last':
      return order[order.length - 1] ?? null;
  }
}
