// Stands in for d3-interpolate inside d3-zoom and d3-brush only (see leanD3 in vite.config.ts):
// they interpolate only while a transition runs, and the app starts none.
const unused = (): never => {
  throw new Error('d3 transitions are not part of this build (vite.config.ts, leanD3)');
};
export const interpolate = unused;
export const interpolateZoom = unused;
