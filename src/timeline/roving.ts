/**
 * Where the roving focus goes on a key press, among visible events in time order
 * (ties on the same day keep the story's order). Returns null for keys it does not handle.
 */
export function nextFocus(order: readonly string[], current: string, key: string): string | null {
  if (order.length === 0) return null;
  const i = order.indexOf(current);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[i < 0 ? 0 : Math.min(order.length - 1, i + 1)] ?? null;
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[i < 0 ? 0 : Math.max(0, i - 1)] ?? null;
    case 'Home':
      return order[0] ?? null;
    case 'End':
      return order[order.length - 1] ?? null;
    default:
      return null;
  }
}
