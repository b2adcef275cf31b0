// At build time there is no browser to compute styles, so the pictures of the timeline
// (scripts/embed-images.tsx) get theirs from the stylesheet itself: the rules that match each
// element of the server-rendered <svg>, cascaded by specificity and order, with the theme's
// custom properties filled in. The values go on the elements as inline styles, which any SVG
// renderer reads (resvg, browsers, Illustrator), and the SVG renderer does the inheriting.
import { matchesAt } from '../hooks/prerenderContext';
import { SVG_PAINT_PROPS } from '../export/svgProps';

export interface CssRule {
  selectors: string[];
  decls: [string, string][];
  /** The `@media` condition the rule sits in, if any. */
  media: string | null;
  order: number;
}

/** The properties an SVG renderer uses; the rest of a rule (cursor, transitions…) is dropped. */
const SVG_PROPS = new Set<string>([
  ...SVG_PAINT_PROPS,
  'color',
  'display',
  'visibility',
  'text-decoration',
  'letter-spacing',
]);

/** Splits at top-level `sep` (outside brackets and parentheses). */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((x) => x.trim()).filter(Boolean);
}

/** Plain CSS (no nesting) → its style rules, those inside `@media` marked with the condition. */
export function parseCss(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const walk = (src: string, media: string | null) => {
    let i = 0;
    while (i < src.length) {
      const open = src.indexOf('{', i);
      if (open < 0) break;
      const prelude = src.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      while (j < src.length && depth > 0) {
        if (src[j] === '{') depth++;
        else if (src[j] === '}') depth--;
        j++;
      }
      const body = src.slice(open + 1, j - 1);
      if (prelude.startsWith('@media')) walk(body, prelude.slice(6).trim());
      else if (!prelude.startsWith('@')) {
        const decls = splitTop(body, ';').flatMap((d): [string, string][] => {
          const colon = d.indexOf(':');
          if (colon < 0) return [];
          const value = d
            .slice(colon + 1)
            .replace(/!important\s*$/, '')
            .trim();
          return [[d.slice(0, colon).trim().toLowerCase(), value]];
        });
        rules.push({ selectors: splitTop(prelude, ','), decls, media, order: rules.length });
      }
      i = j;
    }
  };
  walk(text, null);
  return rules;
}

/** Specificity as one number: ids, then classes, attributes and pseudo-classes, then types. */
export function specificity(selector: string): number {
  const s = selector.replace(/::?[\w-]+\(/g, ' (').replace(/::[\w-]+/g, '');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)(?!not\(|is\()[\w-]+/g) ?? []).length;
  const types = (s.replace(/\[[^\]]*\]/g, '').match(/(?:^|[\s>+~(])[a-zA-Z][\w-]*/g) ?? []).length;
  return ids * 1_000_000 + classes * 1000 + types;
}

/** `var(--x)` and `var(--x, fallback)` → their values, from `vars` (the theme's `:root`). */
export function resolveVars(value: string, vars: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 8 || !value.includes('var(')) return value;
  const out = value.replace(
    /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g,
    (_, name: string, fb) => vars.get(name) ?? (fb as string | undefined) ?? '',
  );
  return resolveVars(out, vars, depth + 1);
}

/** The custom properties that the `:root` rules outside any `@media` set. */
export function rootVars(rules: readonly CssRule[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const r of rules)
    if (r.media === null && r.selectors.includes(':root'))
      for (const [p, v] of r.decls) if (p.startsWith('--')) vars.set(p, v);
  return vars;
}

/**
 * Writes the stylesheet's values onto every element under `svg` (and `svg` itself) as inline
 * styles, for a page `viewportPx` wide: display:none elements go, and the attributes only the
 * live page needs (class, roles, data-*) with them.
 */
export function inlineSvgStyles(
  svg: Element,
  rules: readonly CssRule[],
  viewportPx: number,
  vars: ReadonlyMap<string, string> = rootVars(rules),
): void {
  const live = rules.filter((r) => r.media === null || matchesAt(r.media, viewportPx));
  const styled = [svg, ...svg.querySelectorAll('*')].map((el) => {
    const hits: { spec: number; order: number; decls: [string, string][] }[] = [];
    for (const r of live) {
      let spec = -1;
      for (const sel of r.selectors) {
        try {
          if (el.matches(sel)) spec = Math.max(spec, specificity(sel));
        } catch {
          // A selector the DOM here cannot parse (:has, :focus-visible…): states a picture lacks.
        }
      }
      if (spec >= 0) hits.push({ spec, order: r.order, decls: r.decls });
    }
    hits.sort((a, b) => a.spec - b.spec || a.order - b.order);
    const style = new Map<string, string>();
    for (const h of hits)
      for (const [p, v] of h.decls) if (SVG_PROPS.has(p)) style.set(p, resolveVars(v, vars));
    // The element's own style attribute (a mark's colour) wins over the stylesheet.
    for (const d of splitTop(el.getAttribute('style') ?? '', ';')) {
      const colon = d.indexOf(':');
      if (colon > 0) style.set(d.slice(0, colon).trim(), d.slice(colon + 1).trim());
    }
    return { el, style };
  });
  for (const { el, style } of styled) {
    if (style.get('display') === 'none' || style.get('visibility') === 'hidden') {
      el.remove();
      continue;
    }
    style.delete('display');
    style.delete('visibility');
    // Not every renderer knows `transparent` as a paint; `none` paints nothing everywhere.
    for (const p of ['fill', 'stroke']) if (style.get(p) === 'transparent') style.set(p, 'none');
    for (const [p, v] of style) if (v.includes('color-mix(') || v === '') style.delete(p);
    const decl = [...style].map(([p, v]) => `${p}:${v}`).join(';');
    if (decl) el.setAttribute('style', decl);
    else el.removeAttribute('style');
    for (const name of el.getAttributeNames())
      if (/^(class|role|tabindex|aria-|data-|focusable)/.test(name)) el.removeAttribute(name);
  }
}
