import { LINE_STYLE, layoutImage, type ImageText } from './imageLayout';
import { cloneTimeline } from './cloneTimeline';

// The clone and the PNG encoder live in their own files; callers import them from here.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The colours and fonts of a shared image. */
export interface ImageLook {
  bg: string;
  fg: string;
  muted: string;
  sans: string;
  serif: string;
}

/** The page's colours and fonts, as the image should use them (the current theme). */
function pageLook(): ImageLook {
  const root = getComputedStyle(document.documentElement);
  const body = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return {
    bg: v('--bg', '#ffffff'),
    fg: v('--fg', '#1a1a1a'),
    muted: v('--muted', '#5c5c5c'),
    sans: body.fontFamily || 'system-ui, sans-serif',
    serif: v('--serif', 'Georgia, serif'),
  };
}

/**
 * The timeline as a standalone SVG document for sharing: title, window and filter above,
 * credit and sources below, on the page's background.
 */
export function composeSvg(
  timeline: SVGSVGElement,
  text: ImageText,
): { svg: string; widthPx: number; heightPx: number } {
  const w = Number(timeline.getAttribute('width')) || timeline.getBoundingClientRect().width;
  const h = Number(timeline.getAttribute('height')) || timeline.getBoundingClientRect().height;
  return composeMarks(cloneTimeline(timeline), w, h, text, pageLook());
}

/**
 * `marks` (a self-contained timeline `<svg>` of `w` × `h` px, styles inline) with the words
 * around it, as an SVG document `scale` times the layout's size (the build's 2× pictures).
 * Works in any DOM: the page's, or jsdom's at build time (scripts/embed-images.tsx).
 */
export function composeMarks(
  marks: SVGSVGElement,
  w: number,
  h: number,
  text: ImageText,
  look: ImageLook,
  scale = 1,
): { svg: string; widthPx: number; heightPx: number } {
  const doc = marks.ownerDocument;
  const layout = layoutImage(text, w, h);
  const el = <K extends keyof SVGElementTagNameMap>(
    tag: K,
    attrs: Record<string, string | number>,
  ) => {
    const node = doc.createElementNS(SVG_NS, tag);
    for (const [k, val] of Object.entries(attrs)) node.setAttribute(k, String(val));
    return node;
  };
  const widthPx = Math.round(layout.widthPx * scale);
  const heightPx = Math.round(layout.heightPx * scale);
  // XMLSerializer writes the xmlns for an element made in the SVG namespace.
  const root = el('svg', {
    width: widthPx,
    height: heightPx,
    viewBox: `0 0 ${layout.widthPx} ${layout.heightPx}`,
    'font-family': look.sans,
  });
  const title = el('title', {});
  title.textContent = `${text.title}, ${text.range}`;
  root.append(title, el('rect', { width: '100%', height: '100%', fill: look.bg }));
  for (const line of layout.lines) {
    const st = LINE_STYLE[line.kind];
    const t = el('text', {
      x: layout.padPx,
      y: line.y,
      'font-size': st.sizePx,
      fill: line.kind === 'title' ? look.fg : look.muted,
      ...(line.kind === 'title' ? { 'font-family': look.serif, 'font-weight': 700 } : {}),
    });
    t.textContent = line.text;
    root.append(t);
  }
  marks.setAttribute('x', String(layout.padPx));
  marks.setAttribute('y', String(layout.timelineY));
  marks.setAttribute('width', String(w));
  marks.setAttribute('height', String(h));
  if (!marks.getAttribute('viewBox')) marks.setAttribute('viewBox', `0 0 ${w} ${h}`);
  root.append(marks);
  const Serializer = doc.defaultView?.XMLSerializer ?? XMLSerializer;
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${new Serializer().serializeToString(root)}\n`;
  return { svg, widthPx, heightPx };
}
