// Stands in for d3-transition in the build (see leanD3 in vite.config.ts). d3-zoom and d3-brush
// import it to stop a running transition before a gesture; the app never starts one (zoom
// changes are immediate, double-click zoom included), so there is nothing to stop. The real
// module, with d3-interpolate, d3-color, d3-ease and d3-timer behind it, is about 10 KB gzipped
// of the first view.
import { selection } from 'd3-selection';

export function interrupt(): void {}

Object.assign(selection.prototype as object, {
  interrupt(this: unknown) {
    return this;
  },
  transition() {
    throw new Error('d3 transitions are not part of this build (vite.config.ts, leanD3)');
  },
});
