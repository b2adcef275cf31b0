import { type Layout, type PlacedCluster, type PlacedEvent } from './layoutTypes';

/**
 * Which marks to draw, as a key that changes only in steps: the view's left edge in level
 * pixels, in steps of half a view width, and how many such steps the view spans
 * (`step:reach`). Panning within a step keeps the key, so no render.
 */
export function drawnWindowKey(
  view: { k: number; x: number },
  widthPx: number,
  levelK: number,
): string {
  const sc = view.k / levelK;
  const half = widthPx / 2;
  if (half <= 0) return '0:2';
  return `${Math.floor(-view.x / sc / half)}:${Math.ceil(widthPx / sc / half - 1e-6)}`;
}

/** The marks of a layout to draw for a window key: half a view width beyond each side. */
export function drawnOf(
  layout: Layout,
  windowKey: string,
  widthPx: number,
): { events: PlacedEvent[]; clusters: PlacedCluster[] } {
  const [step = 0, reach = 2] = windowKey.split(':').map(Number);
  const half = widthPx / 2;
  // Titles run up to 300 px to the right of their marks.
  const lo = (step - 1) * half - 300;
  const hi = (step + reach + 2) * half;
  return {
    events: layout.events.filter((p) => p.to >= lo && p.from <= hi),
    clusters: layout.clusters.filter((c) => c.x >= lo && c.x <= hi),
  };
}
