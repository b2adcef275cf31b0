// The embed pictures' drawings as SVG: the timeline component rendered on the server as
// scripts/prerender.ts does, its styles inlined from src/styles.css, and the export's layout of
// the words around it (src/export/imageLayout.ts). Used by the build (scripts/embed-images.tsx),
// `npm run publish` and the editor's "Download for the web", so all three draw the same SVGs.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { StoryIndex } from '../timeline/storyIndex';
import { createTimelineStore, StoreContext } from '../store';
import { selectDomain } from '../store/selectors';
import { PrerenderContext } from '../hooks/prerenderContext';
import { VerticalTimeline } from '../components/VerticalTimeline';
import { MarksLayer } from '../components/MarksLayer';
import { laneHeight, type LaneInfo } from '../timeline/markItems';
import { AXIS_H, TimelineAxis, TrackBreaks } from '../components/TimelineAxis';
import { groupColors } from '../timeline/palette';
import { composeMarks, type ImageLook } from '../export/image';
import { describeView } from '../export/imageLayout';
import { inlineSvgStyles, resolveVars, type CssRule } from './svgStyles';
import { DRAWING_WIDTH_PX, type Drawing } from '../embed/picture';

/**
 * A whole HTML document parsed into a DOM to match selectors in and serialise: jsdom's at build
 * time, the browser's own DOMParser in the editor.
 */
export type ParseHtml = (html: string) => Document;

/** The page's stylesheet: its rules, and the custom properties its root sets. */
export interface PageCss {
  rules: CssRule[];
  vars: Map<string, string>;
}

/** The page's colours and fonts, for the words around the timeline. */
export function lookOf(vars: ReadonlyMap<string, string>): ImageLook {
  // The fonts the PNGs are drawn with come first; a browser showing the SVG falls back to the
  // page's own (system) fonts, which the layout's generous width estimates also fit.
  // One line: a value the stylesheet wraps would be written with an escaped newline, which
  // jsdom and browsers spell differently (&#xA;, &#10;).
  const font = (name: string, fallback: string) =>
    (resolveVars(`var(${name})`, vars) || fallback).replace(/\s+/g, ' ');
  return {
    bg: vars.get('--bg') ?? '#ffffff',
    fg: vars.get('--fg') ?? '#1a1a1a',
    muted: vars.get('--muted') ?? '#5c5c5c',
    sans: `'Source Sans 3', ${font('--sans', 'sans-serif')}`,
    serif: `'Source Serif 4', ${font('--serif', 'serif')}`,
  };
}

/** Around the timeline: the export's padding, on each side. */
const PAD_PX = 16;

/** Most label rows the column drawing may take to give every event a place of its own. */
const MAX_ROWS = 60;

/**
 * The timeline as the page draws it at `trackPx`, as HTML: the phone's column (time running
 * down) for the phone drawing; for the column drawing the page's track, but with as many label
 * rows as every title needs (the page caps them and folds the rest into "+N" clusters, which a
 * picture cannot open).
 */
function renderTimeline(
  index: StoryIndex,
  drawing: Drawing,
  viewportPx: number,
  trackPx: number,
): string {
  const store = createTimelineStore(index, { widthPx: trackPx, theme: 'light' });
  const colors = groupColors(index, 'light');
  const render = (body: ReturnType<typeof createElement>) =>
    renderToString(
      createElement(
        PrerenderContext.Provider,
        { value: { viewportPx, trackPx } },
        createElement(StoreContext.Provider, { value: store }, body),
      ),
    );
  if (drawing === 'phone')
    return render(
      createElement(
        'div',
        { className: 'timeline timeline--narrow timeline--vertical' },
        createElement(VerticalTimeline, { widthPx: trackPx, colors }),
      ),
    );
  // As src/components/Timeline.tsx lays out the single track.
  const top = 34;
  let html = '';
  for (let rows = 27; rows <= MAX_ROWS; rows++) {
    const lanes: LaneInfo = { actors: [''], rowsPerLane: rows, laneH: laneHeight(rows), top };
    const heightPx = top + lanes.laneH + AXIS_H;
    const axis = { top: top - 4, height: lanes.laneH + 4 };
    html = render(
      createElement(
        'div',
        { className: 'timeline' },
        createElement(
          'svg',
          {
            className: 'timeline-svg',
            width: trackPx,
            height: heightPx,
            viewBox: `0 0 ${trackPx} ${heightPx}`,
          },
          createElement(TimelineAxis, axis),
          createElement(MarksLayer, {
            lanes,
            colors,
            narrow: false,
            underMarks: createElement(TrackBreaks, axis),
          }),
        ),
      ),
    );
    if (!html.includes('class="cluster')) break;
  }
  return html;
}

/** One drawing's timeline, styles inline, and the words around it. */
function drawTimeline(index: StoryIndex, css: PageCss, drawing: Drawing, parseHtml: ParseHtml) {
  const viewportPx = DRAWING_WIDTH_PX[drawing];
  const trackPx = viewportPx - 2 * PAD_PX;
  const html = renderTimeline(index, drawing, viewportPx, trackPx);
  // Inside a page, as on screen, so rules that name the page's classes still match.
  const doc = parseHtml(`<!doctype html><body><div class="page">${html}</div></body>`);
  const marks = doc.querySelector('svg');
  if (!marks) throw new Error(`embed-images: the ${drawing} timeline rendered no <svg>`);
  inlineSvgStyles(marks, css.rules, viewportPx, css.vars);
  const store = createTimelineStore(index, { widthPx: trackPx });
  return {
    marks: marks as unknown as SVGSVGElement,
    w: Number(marks.getAttribute('width')),
    h: Number(marks.getAttribute('height')),
    text: describeView(index, null, selectDomain(store.getState()), true),
  };
}

/** `draw(drawing, scale)`: each file is one drawing as an SVG document at its scale; each
 * drawing's timeline is rendered once. */
export function createDrawer(
  index: StoryIndex,
  css: PageCss,
  look: ImageLook,
  parseHtml: ParseHtml,
) {
  const timelines = new Map<Drawing, ReturnType<typeof drawTimeline>>();
  return (drawing: Drawing, scale: number): { svg: string; widthPx: number; heightPx: number } => {
    let t = timelines.get(drawing);
    if (!t) timelines.set(drawing, (t = drawTimeline(index, css, drawing, parseHtml)));
    const marks = t.marks.cloneNode(true) as SVGSVGElement;
    return composeMarks(marks, t.w, t.h, t.text, look, scale);
  };
}
