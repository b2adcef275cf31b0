import { describe, expect, it } from 'vitest';
import {
  layoutVertical,
  VERTICAL_DEFAULTS,
  type VerticalItem,
} from '../../src/timeline/verticalLayout';
import { createTimeScale } from '../../src/timeline/timeScale';
import { breaksWarp, DAY_MS, IDENTITY_WARP } from '../../src/timeline/warp';

const day = (d: number) => Date.UTC(2026, 5, d);
const item = (id: string, d: number): VerticalItem => ({
  id,
  anchorMs: day(d) + DAY_MS / 2,
  startMs: day(d),
  endMs: day(d) + DAY_MS,
  title: `Event ${id} with a title that takes two lines on a phone's rail`,
  date: `${d} June`,
});

describe('layoutVertical', () => {
  // A crowded week after a quiet month: twelve events in six days.
  const items = [
    item('a', 1),
    ...Array.from({ length: 12 }, (_, i) => item(`c${i}`, 20 + (i >> 1))),
  ];
  const base = createTimeScale(IDENTITY_WARP, [day(1), day(30)], [0, 400]);
  const { placed, scale } = layoutVertical(items, base, VERTICAL_DEFAULTS, 12);

  it('puts every date line level with its mark, and every mark inside its date', () => {
    for (const p of placed) {
      const it = items.find((i) => i.id === p.id) as VerticalItem;
      expect(Math.abs(p.labelY + VERTICAL_DEFAULTS.dateH / 2 + 2 - p.markY)).toBeLessThan(1);
      expect(p.markY).toBeGreaterThanOrEqual(scale(it.startMs) - 0.5);
      expect(p.markY).toBeLessThanOrEqual(scale(it.endMs) + 0.5);
    }
  });

  it('never overlaps two labels', () => {
    for (let i = 1; i < placed.length; i++) {
      const a = placed[i - 1]!;
      expect(placed[i]!.labelY).toBeGreaterThanOrEqual(a.labelY + a.heightPx);
    }
  });

  it('stretches the crowded days only, and says by how much', () => {
    const stretches = scale.warp.stretches ?? [];
    expect(stretches.length).toBeGreaterThan(0);
    for (const st of stretches) expect(st.fromMs).toBeGreaterThanOrEqual(day(1));
    expect(Math.max(...stretches.map((s) => s.factor))).toBeGreaterThan(2);
    // The quiet month keeps the base scale's pace.
    expect(scale(day(15)) - scale(day(5))).toBeCloseTo(base(day(15)) - base(day(5)), 5);
  });

  it('starts the rail at the first label, with no empty stretch above it', () => {
    expect(placed[0]!.labelY).toBe(12);
  });

  it('leaves a break label a line of its own', () => {
    const warp = breaksWarp([{ fromMs: day(3), toMs: day(18) }], DAY_MS);
    const broken = createTimeScale(warp, [day(1), day(30)], [0, 300]);
    const out = layoutVertical(items, broken, VERTICAL_DEFAULTS, 12);
    const y = out.breakLabelY.get(day(3))!;
    for (const p of out.placed) expect(y < p.labelY || y > p.labelY + p.heightPx).toBe(true);
  });
});
