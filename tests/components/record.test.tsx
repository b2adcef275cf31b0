import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import rawStory from '../../data/story.json';
import CampaignChart from '../../src/components/CampaignChart';
import { EventDetail } from '../../src/components/EventDetail';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import { createTimelineStore, StoreContext } from '../../src/store';

// What a reader sees of the record in the bundled story (issue 16, items 1–4).
const checked = validateStory(rawStory, 'data/story.json');
if (!checked.ok) throw new Error('the bundled story is invalid');
const index = indexStory(resolveStory(checked.data, 'en'));

/** The detail panel for one bundled event. */
function details(eventId: string) {
  const store = createTimelineStore(index);
  store.getState().selectEvent(eventId);
  render(
    <StoreContext.Provider value={store}>
      <EventDetail />
    </StoreContext.Provider>,
  );
  return screen.getByRole('region', { name: 'Event details' });
}

/** A disagreement table's rows as [source, what it says]. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [
      within(r).getByRole('rowheader').textContent,
      within(r).getByRole('cell').querySelector('strong')?.textContent,
    ]);

describe('the campaign', () => {
  it('shows the disagreement on how long it lasted beside the others', async () => {
    const panel = details('alibaba-campaign');
    // The figures and disagreements come in their own chunk.
    const table = await within(panel).findByRole('table', { name: 'How long it lasted' });
    const rows = rowsOf(table);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual([
      'CNBC — Anthropic accuses Alibaba of campaign to extract AI capabilities',
      '22 April to 5 June: about six weeks',
    ]);
    expect(rows[1]?.[1]).toBe('Over three months');
    expect(
      within(table).getByText('28.8 million industrialized queries over three months'),
    ).toBeVisible();
    // Shown like the others: the same kind of table as "How many accounts".
    expect(within(panel).getByRole('table', { name: 'How many accounts' })).toBeVisible();
  });

  it('gives the account count in each document’s word, once', async () => {
    const panel = details('alibaba-campaign');
    const term = await within(panel).findByText('Alibaba / Qwen, accounts');
    expect(term.nextElementSibling).toHaveTextContent(
      'roughly / nearly 25,000 (the accounts differ)',
    );
    expect(within(panel).getAllByText('Alibaba / Qwen, accounts')).toHaveLength(1);
    expect(within(panel).queryByText(/about 25,000/)).toBeNull();
  });

  it('quotes "more than double the previous largest identified campaign"', () => {
    const panel = details('alibaba-campaign');
    const quote =
      '28.8 million exchanges — more than double the previous largest identified campaign — suggests the practice is not diminishing.';
    expect(within(panel).getByText(quote)).toBeVisible();
    expect(within(panel).getByText(/an undated analysis calls it more than double/)).toBeVisible();
  });

  it('names the account count in the campaign chart’s row', () => {
    const store = createTimelineStore(index);
    render(
      <StoreContext.Provider value={store}>
        <CampaignChart />
      </StoreContext.Provider>,
    );
    const chart = screen.getByRole('region', { name: 'How big were the campaigns?' });
    expect(
      within(chart).getByRole('button', {
        name: 'Alibaba / Qwen, roughly / nearly 25,000 accounts (the accounts differ): 28.8 million exchanges. Show the event',
      }),
    ).toBeVisible();
  });
});

describe('the letter', () => {
  it('quotes "the third time" and says who says so', () => {
    const panel = details('letter');
    expect(
      within(panel).getByText('This is the third time Anthropic has made this kind of accusation.'),
    ).toBeVisible();
    expect(
      within(panel).getByText(/An undated analysis calls this "the third time"/),
    ).toBeVisible();
  });
});

describe('dates we inferred', () => {
  it.each([
    [
      'commerce-restrictions',
      '12 June 2026, by one account',
      /CNBC's account of the suspension says only "in recent weeks"/,
    ],
    ['february-disclosure', 'February 2026 (year assumed)', /without a year/],
    [
      'intelligence-sharing',
      'reported on or after 24 June 2026',
      /No document says when the alliance was formed/,
    ],
    [
      'senate-amendment',
      'reported on or after 12 June 2026',
      /one written after the 12 June restrictions/,
    ],
  ])('%s reads "%s" and says how the date is known', (id, label, basis) => {
    const panel = details(id);
    expect(within(panel).getByText(label)).toBeVisible();
    expect(within(panel).getByText(/^How this date is known:/)).toHaveTextContent(basis);
  });

  it('the restrictions show both accounts of when', async () => {
    const panel = details('commerce-restrictions');
    const table = await within(panel).findByRole('table', { name: 'When' });
    expect(rowsOf(table).map((r) => r[1])).toEqual([
      '12 June, two days after the letter',
      'No date: "in recent weeks", as of its 24 June report',
    ]);
  });
});
