import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import CampaignChart from '../../src/components/CampaignChart';
import { indexStory } from '../../src/timeline/storyIndex';
import type { Story } from '../../src/data/schema';
import { makeStory } from '../fixtures/story';
import { storeAndWrapper } from '../fixtures/store';

/** The fixture story with `n` more events, each giving one campaign's exchanges. */
function storyWithCampaigns(n: number): Story {
  const story = makeStory();
  const base = story.events[0]!;
  const extra = Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `campaign-${i}`,
    title: `Campaign ${i}`,
    figures: [
      {
        metric: 'exchanges' as const,
        actor: 'globex',
        value: (i + 1) * 1000,
        qualifier: 'exact' as const,
        citation: base.citations[0]!,
      },
    ],
  }));
  return { ...story, events: [...story.events, ...extra] };
}

function renderChart(story: Story) {
  render(<CampaignChart />, { wrapper: storeAndWrapper({}, indexStory(story)).wrapper });
  return screen.getByRole('region', { name: 'How big were the campaigns?' });
}

describe('CampaignChart', () => {
  it('shows the twelve largest of many campaigns, and all of them on request', async () => {
    const user = userEvent.setup();
    const chart = renderChart(storyWithCampaigns(30));
    const rows = () => within(chart).getAllByRole('listitem');
    expect(rows()).toHaveLength(12);
    // Largest first: the 30th campaign has 30,000 exchanges.
    expect(within(rows()[0]!).getByRole('button').getAttribute('aria-label')).toMatch(/30,000/);
    const more = within(chart).getByRole('button', { name: 'Show all 30 campaigns' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(rows()).toHaveLength(30);
    await user.click(within(chart).getByRole('button', { name: 'Show the 12 largest only' }));
    expect(rows()).toHaveLength(12);
  });

  it('has no such button when every campaign fits', () => {
    const chart = renderChart(storyWithCampaigns(5));
    expect(within(chart).getAllByRole('listitem')).toHaveLength(5);
    expect(within(chart).queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
