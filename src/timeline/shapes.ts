/** Shapes that tell actors of one colour group apart, so colour is never the only cue. */
export const SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'hexagon',
] as const;
export type Shape = (typeof SHAPES)[number];

/** An SVG path of about `r` radius centred on 0,0. */
export function shapePath(shape: Shape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const s = r * 0.88;
      return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
    }
    case 'diamond': {
      const s = r * 1.2;
      return `M0,${f(-s)}L${f(s)},0L0,${f(s)}L${f(-s)},0Z`;
    }
    case 'triangle': {
      const s = r * 1.15;
      return `M0,${f(-s)}L${f(s)},${f(s * 0.8)}H${f(-s)}Z`;
    }
    case 'triangle-down': {
      const s = r * 1.15;
      return `M0,${f(s)}L${f(s)},${f(-s * 0.8)}H${f(-s)}Z`;
    }
    case 'hexagon': {
      const pts = Array.from({ length: 6 }, (_, i) => {
        const a = (Math.PI / 3) * i;
        return `${f(r * 1.05 * Math.cos(a))},${f(r * 1.05 * Math.sin(a))}`;
      });
      return `M${pts.join('L')}Z`;
    }
  }
}
