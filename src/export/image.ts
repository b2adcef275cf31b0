import { LINE_STYLE, layoutImage, type ImageText } from './imageLayout';
import { t } from '../i18n/catalog';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Presentation properties copied from the page's stylesheet onto each cloned node: the exported
 * file has no stylesheet, and `currentColor` and CSS variables resolve to plain colours here.
 */
const STYLE_PROPS = [
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
  'text-decoration-line',
] as const;

/** Values that are the SVG defaults anyway, left out to keep the file small. */
const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  opacity: '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'text-decoration-line': 'none',
  stroke: 'none',
};

/**
 * Copies computed styles from `src` onto `dst`, walking both trees in step. A value its parent
 * already has is left to inheritance (all but `opacity` inherit in SVG), keeping the file small.
 */
function inlineStyles(src: Element, dst: Element, parent?: CSSStyleDeclaration): void {
  const cs = getComputedStyle(src);
  const decl: string[] = [];
  for (const p of STYLE_PROPS) {
    const v = cs.getPropertyValue(p).trim();
    const skip =
      p === 'opacity'
        ? v === '1'
        : parent
          ? parent.getPropertyValue(p).trim() === v
          : DEFAULTS[p] === v;
    if (v && !skip) decl.push(`${p}:${v}`);
  }
  if (decl.length) dst.setAttribute('style', decl.join(';'));
  else dst.removeAttribute('style');
  for (const name of [...dst.getAttributeNames()])
    if (/^(class|role|tabindex|aria-|data-|focusable)/.test(name)) dst.removeAttribute(name);
  const a = src.children;
  const b = dst.children;
  for (let i = 0; i < a.length; i++) {
    const s = a[i];
    const d = b[i];
    if (s && d) inlineStyles(s, d, cs);
  }
}

/**
 * A self-contained copy of the timeline's `<svg>`: styles inlined, interactive attributes gone,
 * marks drawn off screen (kept near the view for panning) and hidden nodes left out.
 */
export function cloneTimeline(svg: SVGSVGElement): SVGSVGElement {
  const box = svg.getBoundingClientRect();
  // Decide on the live tree (which has layout), then remove the same nodes from the clone.
  const drop = new Set<Element>();
  svg.querySelectorAll('*').forEach((el) => {
    if (getComputedStyle(el).display === 'none') drop.add(el);
    else if ((el.hasAttribute('data-x0') || el.hasAttribute('data-hot')) && box.width > 0) {
      const r = el.getBoundingClientRect();
      if (r.right < box.left || r.left > box.right) drop.add(el);
    }
  });
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  const all = [...svg.querySelectorAll('*')];
  const copies = [...clone.querySelectorAll('*')];
  all.forEach((el, i) => {
    if (drop.has(el)) copies[i]?.remove();
  });
  return clone;
}

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

/**
 * Draws an SVG document into a canvas at `scale`× and encodes it as PNG. The image is loaded
 * from a data: URL because the page's Content-Security-Policy allows `img-src 'self' data:` only.
 */
export async function svgToPng(
  svg: string,
  widthPx: number,
  heightPx: number,
  scale = 2,
): Promise<Blob> {
  const img = new Image(widthPx, heightPx);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(widthPx * scale);
  canvas.height = Math.round(heightPx * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('export.noDraw'));
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, widthPx, heightPx);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.noPng')))), 'image/png'),
  );
}
