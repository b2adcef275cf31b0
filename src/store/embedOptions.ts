// What an embed shows and how tall it is, from its URL (`parts=`, `height=`, `plain=`). Pure:
// the page layout and the height reporting both read these, so they agree.

/** The pieces of the page an embed can show, in the order the full page has them. */
export const PARTS = [
  'title',
  'controls',
  'timeline',
  'overview',
  'details',
  'chart',
  'footer',
] as const;
export type Part = (typeof PARTS)[number];

/**
 * An embed with no `parts=`: what fits an article column (one-line title, one row of
 * controls, the timeline, the chosen event, a credit line). The overview and the campaign
 * chart make it twice as tall, so they come only when asked for.
 */
export const DEFAULT_EMBED_PARTS: readonly Part[] = [
  'title',
  'controls',
  'timeline',
  'details',
  'footer',
];

/** Below this a fixed-height frame cannot hold a title line, the timeline and a headline. */
export const MIN_FIXED_HEIGHT_PX = 360;

export const isPart = (s: string): s is Part => (PARTS as readonly string[]).includes(s);

/**
 * `parts=timeline,details` → the known names in the order given (repeats dropped) and the
 * unknown ones, for a notice. An empty list is left to the caller (it falls back).
 */
export function parseParts(raw: string): { parts: Part[]; unknown: string[] } {
  const parts: Part[] = [];
  const unknown: string[] = [];
  for (const name of raw.split(',').map((s) => s.trim().toLowerCase())) {
    if (!name) continue;
    if (isPart(name)) {
      if (!parts.includes(name)) parts.push(name);
    } else unknown.push(name);
  }
  return { parts, unknown };
}

/**
 * Above this a fixed height is cut to it: no timeline needs more, and the host's frame
 * (public/embed.js, which clamps it the same way, as it does reported heights) must not push an
 * article a mile down.
 */
export const MAX_FIXED_HEIGHT_PX = 20_000;

/**
 * `height=560` → 560; `height=99999` → 20,000; anything else (missing, not a whole number,
 * under 360) → null.
 */
export function parseFixedHeight(raw: string | null): number | null {
  if (raw === null || !/^\d{1,5}$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= MIN_FIXED_HEIGHT_PX ? Math.min(n, MAX_FIXED_HEIGHT_PX) : null;
}

/** The parts to draw: the URL's list (else the compact default) less what `plain` drops. */
export function resolveParts(parts: readonly Part[] | null, plain: boolean): Part[] {
  const list = parts ?? DEFAULT_EMBED_PARTS;
  // Datawrapper's `plain`: no title, no footer; the host article has its own.
  return plain ? list.filter((p) => p !== 'title' && p !== 'footer') : [...list];
}

/**
 * In a fixed-height frame, the px the timeline may take: the height less what the other parts
 * need at their smallest (a two-line title at phone widths; the chosen event's date and
 * headline, its panel scrolling for the rest), never under 150.
 */
export function fixedTimelinePx(heightPx: number, parts: readonly Part[], narrow: boolean): number {
  const need = (p: Part, px: number) => (parts.includes(p) ? px : 0);
  const reservePx =
    16 + // the page's padding
    need('title', narrow ? 56 : 32) +
    (parts.includes('controls') ? 44 : 40) + // the row, or the timeline's own zoom buttons
    need('overview', 72) +
    need('details', 130) +
    need('chart', 160) +
    need('footer', narrow ? 44 : 30);
  return Math.max(150, heightPx - reservePx);
}
