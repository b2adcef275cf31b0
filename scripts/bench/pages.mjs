// The pages the bench opens (our app and the two anchors): where each is served, what counts as
// a drawn mark on it, and how it zooms.

export const VIEWPORT = { width: 1280, height: 800 };
export const APP_PREFIX = '/graphics/distillation/';

/**
 * The three targets. `marks` is what counts as "events in the DOM"; `zoom` says how to zoom:
 * with the wheel over the timeline, or (TimelineJS, whose wheel does not zoom) with its buttons.
 */
export const TARGETS = {
  ours: {
    label: 'ours',
    // The bundled story is the page itself, as a reader opens it (with its build-time
    // picture); any other story is loaded with ?data=.
    url: (base, ds) =>
      ds.size === 'bundled'
        ? `${base}${APP_PREFIX}`
        : `${base}${APP_PREFIX}?data=/bench-data/${ds.files.story}`,
    marks: '[data-mark="event"], [data-mark="cluster"]',
    /** The app's error page: the story was refused. */
    failed: '.error-page',
    zoom: 'wheel',
  },
  vis: {
    label: 'vis-timeline',
    url: (base, ds) => `${base}/bench/vis.html?data=/bench-data/${ds.files.vis}`,
    marks: '.vis-item',
    zoom: 'wheel',
  },
  tl: {
    label: 'TimelineJS',
    url: (base, ds) => `${base}/bench/timelinejs.html?data=/bench-data/${ds.files.tl}`,
    marks: '.tl-timemarker',
    zoom: 'buttons',
    zoomIn: '.tl-menubar-button:has(.tl-icon-zoom-in)',
    zoomOut: '.tl-menubar-button:has(.tl-icon-zoom-out)',
    panArea: '.tl-timenav',
  },
};
