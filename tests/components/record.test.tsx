import { resolveStory } from '../../src/data/localText';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import rawStory from '../../data/story.json';
import CampaignChart from '../../src/components/CampaignChart';
import { EventDetail } from '../../src/components/EventDetail';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import { setLanguage } from '../../src/i18n/catalog';
import de from '../../src/i18n/messages/de';
import { en } from '../../src/i18n/messages/en';
import { storeAndWrapper } from '../fixtures/store';

// What a reader sees of the record in the bundled story (issue 16, items 1–4).
const checked = validateStory(rawStory, 'data/story.json');
if (!checked.ok) throw new Error('the bundled story is invalid');
const index = indexStory(resolveStory(checked.data, 'en'));

/** The detail panel for one bundled event. */
function details(eventId: string) {
  const { store, wrapper } = storeAndWrapper({}, index);
  store.getState().selectEvent(eventId);
  render(<EventDetail />, { wrapper });
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
      '22 April to 5 June; 44 days, by our count from these dates',
    ]);
    expect(rows[1]?.[1]).toBe('Over three months, with no dates');
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
    render(<CampaignChart />, { wrapper: storeAndWrapper({}, index).wrapper });
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
    expect(within(panel).getByText(/The analysis calls this "the third time"/)).toBeVisible();
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

describe('issue 28: the letter’s request and the law, side by side', () => {
  it('shows "What the letter asked for" and "Whether distillation is illegal" as tables', async () => {
    const panel = details('letter');
    const asked = await within(panel).findByRole('table', { name: 'What the letter asked for' });
    expect(rowsOf(asked).map((r) => r[1])).toEqual([
      'Two actions: sanctions or a blacklist for Chinese companies that "illegally distill" US AI outputs, and help clarifying antitrust guidelines',
      "Help clarifying antitrust and IP guidelines so companies can share threat intelligence; it names sanctions only as senators' amendment",
    ]);
    const law = within(panel).getByRole('table', { name: 'Whether distillation is illegal' });
    expect(within(law).getByText('Model distillation is not illegal.')).toBeVisible();
  });

  it('in German, a disagreement’s quote is followed by our translation, labelled', async () => {
    const deIndex = indexStory(resolveStory(checked.data, 'de'));
    setLanguage('de', de);
    try {
      const { store, wrapper } = storeAndWrapper({}, deIndex);
      store.getState().selectEvent('alibaba-campaign');
      render(<EventDetail />, { wrapper });
      const table = await screen.findByRole('table', { name: 'Wie lange sie dauerte' });
      const quote = within(table).getByText(
        '28.8 million industrialized queries over three months',
      );
      expect(quote).toHaveAttribute('lang', 'en');
      expect(
        within(table).getByText(
          /28,8 Millionen industrialisierte Anfragen im Lauf von drei Monaten/,
        ),
      ).toBeVisible();
    } finally {
      setLanguage('en', en);
    }
  });
});
