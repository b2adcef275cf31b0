import {
  inlineSvgStyles,
  parseCss,
  resolveVars,
  rootVars,
  specificity,
} from '../../src/server/svgStyles';

const CSS = `
/* a comment { not a rule } */
:root { --fg: #111; --bg: #fff; --line: var(--fg); }
:root[data-theme='dark'] { --fg: #eee; }
.mark-label { font-size: 13px; fill: var(--fg); paint-order: stroke; stroke: var(--bg); cursor: pointer; }
.timeline--narrow .mark-label { font-size: 14px; }
.mark-hit { fill: transparent; }
.mark.is-selected .mark-hit { fill: color-mix(in srgb, currentColor 12%, transparent); }
.grid, .axis-line { stroke: var(--line, red); }
.visually-hidden { display: none; }
.mark:focus-visible .mark-hit { stroke: blue; }
@media (max-width: 600px) { .mark-label { font-weight: 600; } }
@media print { .mark-label { fill: black; } }
@font-face { font-family: X; src: url(x.woff2); }
`;

describe('parseCss', () => {
  it('reads rules, their selectors and declarations, and the @media they sit in', () => {
    const rules = parseCss(CSS);
    const label = rules.find((r) => r.selectors[0] === '.mark-label' && r.media === null)!;
    expect(label.decls).toContainEqual(['paint-order', 'stroke']);
    expect(rules.find((r) => r.selectors.includes('.axis-line'))!.selectors).toEqual([
      '.grid',
      '.axis-line',
    ]);
    expect(rules.filter((r) => r.media === '(max-width: 600px)')).toHaveLength(1);
    expect(rules.some((r) => r.selectors.some((s) => s.includes('font-face')))).toBe(false);
  });
});

describe('specificity and resolveVars', () => {
  it('ranks ids over classes over types', () => {
    expect(specificity('.a .b')).toBeGreaterThan(specificity('.a'));
    expect(specificity('#a')).toBeGreaterThan(specificity('.a.b.c'));
    expect(specificity('.a text')).toBeGreaterThan(specificity('.a'));
    expect(specificity('.a:not(.b)')).toBe(specificity('.a.b'));
  });

  it('fills in custom properties from :root outside @media and dark themes', () => {
    const vars = rootVars(parseCss(CSS));
    expect(vars.get('--fg')).toBe('#111');
    expect(resolveVars('var(--line)', vars)).toBe('#111');
    expect(resolveVars('var(--nope, red)', vars)).toBe('red');
    expect(resolveVars('1px solid var(--bg)', vars)).toBe('1px solid #fff');
  });
});

describe('inlineSvgStyles', () => {
  function mount() {
    document.body.innerHTML = `
      <div class="timeline timeline--narrow">
        <svg class="timeline-svg" width="100" height="50">
          <path class="grid" d="M0,0H10"/>
          <g class="mark" data-event-id="x" role="button" tabindex="0" style="color:#0072b2">
            <rect class="mark-hit" width="10" height="10"/>
            <text class="mark-label" style="font-size: 15px">An event</text>
          </g>
          <text class="visually-hidden">Hidden</text>
        </svg>
      </div>`;
    return document.querySelector('svg')!;
  }

  it('writes the cascaded SVG properties inline, the element’s own style winning', () => {
    const svg = mount();
    inlineSvgStyles(svg, parseCss(CSS), 1280);
    const label = svg.querySelector('text')!;
    const style = label.getAttribute('style')!;
    expect(style).toContain('fill:#111');
    expect(style).toContain('stroke:#fff');
    expect(style).toContain('paint-order:stroke');
    expect(style).toContain('font-size:15px');
    expect(style).not.toContain('cursor');
    expect(style).not.toContain('font-weight');
    expect(svg.querySelector('path')!.getAttribute('style')).toBe('stroke:#111');
    expect(svg.querySelector('rect')!.getAttribute('style')).toBe('fill:none');
    expect(svg.querySelector('g')!.getAttribute('style')).toBe('color:#0072b2');
  });

  it('takes the rules of the width drawn for, drops hidden elements and the page’s attributes', () => {
    const svg = mount();
    inlineSvgStyles(svg, parseCss(CSS), 320);
    expect(svg.querySelector('text')!.getAttribute('style')).toContain('font-weight:600');
    expect(svg.textContent).not.toContain('Hidden');
    const g = svg.querySelector('g')!;
    for (const a of ['class', 'role', 'tabindex', 'data-event-id'])
      expect(g.hasAttribute(a)).toBe(false);
    expect(svg.hasAttribute('class')).toBe(false);
  });
});
