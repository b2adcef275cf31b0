import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import type { Figure, Story } from '../../src/data/schema';
import {
  barGeometry,
  campaignRows,
  campaignScale,
  decadeTicks,
  filterRows,
  logDomain,
  rangeToFit,
  rowName,
  type CampaignRow,
} from '../../src/timeline/campaigns';
import { createLogScale } from '../../src/timeline/logScale';

function bundled(): Story {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return resolveStory(result.data, 'en');
}

/** The bundled story with one event's figures replaced. */
function withFigures(figures: Figure[]): Story {
  const story = structuredClone(bundled());
  for (const e of story.events) delete e.figures;
  const first = story.events[0]!;
  first.figures = figures;
  return story;
}

const fig = (
  actor: string,
  value: number | null,
  qualifier: Figure['qualifier'],
  metric: Figure['metric'] = 'exchanges',
): Figure => ({
  metric,
  actor,
  value,
  qualifier,
  citation: { source: 'cnbc-summary', quote: 'a quote' },
});

describe('campaignRows (bundled story)', () => {
  const rows = campaignRows(indexStory(bundled()));
  const byActor = new Map(rows.map((r) => [r.actor, r]));

  it('has one row per exchanges figure, largest first and undisclosed last', () => {
    expect(rows.map((r) => r.actorName)).toEqual([
      'Alibaba / Qwen',
      'MiniMax',
      'DeepSeek',
      'Moonshot AI',
    ]);
  });

  it('words the values as the sources do', () => {
    expect(rows.map((r) => r.valueText)).toEqual([
      '28.8 million',
      'over 13 million',
      'over 150,000',
      'not disclosed',
    ]);
  });

  it('links each row to the event its figure belongs to', () => {
    expect(byActor.get('alibaba')?.eventId).toBe('alibaba-campaign');
    expect(byActor.get('deepseek')?.eventId).toBe('february-disclosure');
  });

  it('marks "over" as open-ended and "exact" as closed', () => {
    expect(byActor.get('minimax')).toMatchObject({ openEnded: true, gap: false });
    expect(byActor.get('deepseek')).toMatchObject({ openEnded: true, gap: false });
    expect(byActor.get('alibaba')).toMatchObject({ openEnded: false, gap: false });
  });

  it('makes "not disclosed" a gap with no value, never a zero', () => {
    const moonshot = byActor.get('moonshot')!;
    expect(moonshot).toMatchObject({ gap: true, value: null, openEnded: false });
    expect(barGeometry(moonshot, campaignScale(rows, 400))).toBeNull();
  });

  it("gives account counts beside the actor in each document's words where they differ", () => {
    // CNBC says "roughly", the other two "nearly": never flattened to our "about".
    expect(byActor.get('alibaba')?.accountsText).toBe(
      'roughly / nearly 25,000 accounts (the accounts differ)',
    );
    expect(byActor.get('minimax')?.accountsText).toBeNull();
  });

  it('names the source outlet, or says it is not stated, and keeps the quote', () => {
    expect(byActor.get('alibaba')?.sourceName).toBe('CNBC');
    expect(byActor.get('minimax')?.sourceName).toBe('Outlet not stated');
    expect(byActor.get('minimax')?.citation.quote).toBe('while MiniMax was over 13 million');
  });

  it('gives each row a button name that says the value and the action', () => {
    expect(rowName(byActor.get('alibaba')!)).toBe(
      'Alibaba / Qwen, roughly / nearly 25,000 accounts (the accounts differ): 28.8 million exchanges. Show the event',
    );
    expect(rowName(byActor.get('moonshot')!)).toBe(
      'Moonshot AI: exchanges not disclosed. Show the event',
    );
  });
});

describe('campaignRows (other stories)', () => {
  it('is empty when the story gives no exchange figures', () => {
    expect(campaignRows(indexStory(withFigures([])))).toEqual([]);
    expect(
      campaignRows(indexStory(withFigures([fig('alibaba', 25_000, 'about', 'accounts')]))),
    ).toEqual([]);
  });

  it('treats a null value as not disclosed whatever the qualifier says', () => {
    const [row] = campaignRows(indexStory(withFigures([fig('deepseek', null, 'over')])));
    expect(row).toMatchObject({ gap: true, openEnded: false, valueText: 'not disclosed' });
  });
});

describe('logDomain', () => {
  const rowsOf = (figures: Figure[]) => campaignRows(indexStory(withFigures(figures)));

  it('spans whole decades around the bundled values', () => {
    expect(logDomain(campaignRows(indexStory(bundled())))).toEqual([1e5, 1e8]);
  });

  it('goes a decade lower when the smallest value is a power of ten, so no bar has length 0', () => {
    const rows = rowsOf([fig('deepseek', 1_000, 'exact'), fig('minimax', 50_000, 'exact')]);
    expect(logDomain(rows)).toEqual([100, 1e5]);
    const x = campaignScale(rows, 300);
    const bar = barGeometry(
      rows.find((r) => r.actor === 'deepseek')!,
      x,
    );
    expect(bar!.valuePx).toBeGreaterThan(50);
  });

  it('leaves room for an open-ended bar at the top', () => {
    expect(logDomain(rowsOf([fig('minimax', 80_000_000, 'over')]))).toEqual([1e7, 1e9]);
    expect(logDomain(rowsOf([fig('minimax', 80_000_000, 'exact')]))).toEqual([1e7, 1e8]);
  });

  it('ignores gaps, and falls back to one decade when nothing is disclosed', () => {
    expect(logDomain(rowsOf([fig('moonshot', null, 'not-disclosed')]))).toEqual([1, 10]);
  });
});

describe('scales and bars', () => {
  it('maps decades to equal steps and clamps to the range', () => {
    const x = createLogScale([1e5, 1e8], [0, 300]);
    expect(x(1e5)).toBe(0);
    expect(x(1e6)).toBeCloseTo(100);
    expect(x(1e7)).toBeCloseTo(200);
    expect(x(1e9)).toBe(300);
    expect(x(1)).toBe(0);
  });

  it('draws "over" past its value and an exact value to the value', () => {
    const rows = campaignRows(indexStory(bundled()));
    const x = campaignScale(rows, 300);
    const [alibaba, minimax, deepseek] = rows as [CampaignRow, CampaignRow, CampaignRow];
    const a = barGeometry(alibaba, x)!;
    expect(a.endPx).toBe(a.valuePx);
    for (const r of [minimax, deepseek]) {
      const g = barGeometry(r, x)!;
      expect(g.valuePx).toBeGreaterThan(0);
      expect(g.endPx).toBeGreaterThan(g.valuePx);
    }
  });

  it('labels gridlines at each power of ten, long or short', () => {
    const x = createLogScale([1e5, 1e8], [0, 300]);
    expect(decadeTicks(x, false).map((t) => t.label)).toEqual([
      '100,000',
      '1 million',
      '10 million',
      '100 million',
    ]);
    expect(decadeTicks(x, true).map((t) => t.label)).toEqual(['100K', '1M', '10M', '100M']);
  });

  it('fits the range so every value label has room after its bar', () => {
    const rows = campaignRows(indexStory(bundled()));
    const labelPx = (r: CampaignRow) => r.valueText.length * 7.6;
    for (const trackPx of [300, 600, 1000]) {
      const x = campaignScale(rows, rangeToFit(rows, trackPx, labelPx));
      for (const r of rows) {
        const bar = barGeometry(r, x);
        if (bar) expect(bar.endPx + labelPx(r)).toBeLessThanOrEqual(trackPx);
      }
    }
  });
});

describe('filterRows', () => {
  const rows = campaignRows(indexStory(bundled()));

  it('keeps every row when the filter is off', () => {
    expect(filterRows(rows, null)).toHaveLength(4);
  });

  it('hides rows whose actor the filter hides', () => {
    const shown = filterRows(rows, new Set(['anthropic', 'alibaba', 'moonshot', 'minimax']));
    expect(shown.map((r) => r.actor)).toEqual(['alibaba', 'minimax', 'moonshot']);
  });

  it('is empty when no campaign actor is shown', () => {
    expect(filterRows(rows, new Set(['anthropic']))).toEqual([]);
  });
});
