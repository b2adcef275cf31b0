import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourceCard, OTHERS_MORE, OTHERS_SHOWN } from '../../src/components/SourceCard';
import { indexStory } from '../../src/timeline/storyIndex';
import { makeStory } from '../fixtures/story';
import { storeAndWrapper } from '../fixtures/store';

/** The fixture story with `n` more events citing its wire story. */
function storyCiting(n: number) {
  const story = makeStory();
  const template = story.events[0]!;
  for (let i = 0; i < n; i++)
    story.events.push({ ...template, id: `extra-${i}`, title: `Extra event ${i}` });
  return story;
}

function renderCard(n: number) {
  const story = storyCiting(n);
  const index = indexStory(story);
  const event = story.events[0]!;
  const source = story.sources.find((s) => s.id === event.citations[0]!.source)!;
  render(<SourceCard source={source} citations={event.citations} eventId={event.id} />, {
    wrapper: storeAndWrapper({}, index).wrapper,
  });
  const others = (index.eventsBySource.get(source.id)?.length ?? 0) - 1;
  return { card: screen.getByRole('article'), others };
}

describe('SourceCard', () => {
  it('lists every other event a source supports when there are few', () => {
    const { card, others } = renderCard(3);
    expect(others).toBeLessThanOrEqual(OTHERS_SHOWN);
    const list = within(card).getByRole('list');
    expect(within(list).getAllByRole('button')).toHaveLength(others);
    expect(within(card).queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('lists the first few of thousands, and more on demand', async () => {
    const { card, others } = renderCard(2_000);
    const list = within(card).getByRole('list');
    expect(within(list).getAllByRole('button')).toHaveLength(OTHERS_SHOWN);
    const more = within(card).getByRole('button', {
      name: `Show ${OTHERS_MORE} more (${(others - OTHERS_SHOWN).toLocaleString('en')} not listed)`,
    });
    await userEvent.click(more);
    expect(within(list).getAllByRole('button')).toHaveLength(OTHERS_SHOWN + OTHERS_MORE);
  });
});
