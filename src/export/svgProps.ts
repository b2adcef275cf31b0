/**
 * The presentation properties a picture of the timeline needs on its elements, once it has no
 * stylesheet: the browser's exports copy their computed values (cloneTimeline.ts), the build's
 * pictures their cascaded ones (server/svgStyles.ts).
 */
export const SVG_PAINT_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;
