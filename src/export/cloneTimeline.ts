import { SVG_PAINT_PROPS } from './svgProps';

/**
 * Presentation properties copied from the page's stylesheet onto each cloned node: the exported
 * file has no stylesheet, and `currentColor` and CSS variables resolve to plain colours here.
 */
const STYLE_PROPS = [...SVG_PAINT_PROPS, 'text-decoration-line'] as const;

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
