import { afterEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoryView } from '../../src/components/StoryView';
import { makeGuidedStory, makeStory } from '../fixtures/story';

/** Opens the actor filter's popover (if closed) and returns its fieldset. */
function openActors(): HTMLElement {
  const button = screen.getByRole('button', { name: /^Actors:/ });
  if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
  return screen.getByRole('group', { name: /^Filter by actor/ });
}

const TITLES = ['Acme announces', 'Globex campaign', 'Letter sent'];

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
/** A mark's name: across, the date it shows, then its title (label in name); down, the title. */
const namesEvent = (name: string, title: string) =>
  name.startsWith(`${title}, `) || name.includes(` ${title}, `) || name.includes(` ${title}. `);
const eventMarks = () =>
  within(timeline()).queryAllByRole('button', {
    name: (n) => TITLES.some((t) => namesEvent(n, t)),
  });
const markNamed = (title: string) =>
  within(timeline()).getByRole('button', { name: (n) => namesEvent(n, title) });
const zoomSlider = () => screen.getByRole('slider', { name: 'Zoom level' });

/** Renders the fixture story, with a guided walk, from a query. */
function renderStory(search = '') {
  const user = userEvent.setup();
  render(<StoryView story={makeGuidedStory()} search={search} />);
  return user;
}

describe('StoryView', () => {
  // Regression: StoryMode once read `s.index.story.steps ?? []`, a new [] on every read for a
  // story without steps, so useSyncExternalStore never settled ("Maximum update depth
  // exceeded") and any story without a guided walk rendered nothing.
  it('renders a story that has no guided steps', () => {
    render(<StoryView story={makeStory()} search="" />);
    expect(screen.getByRole('heading', { level: 1, name: 'A test story' })).toBeVisible();
  });

  it('draws the fixture’s three events, each named by shown date, title and spoken date', () => {
    renderStory();
    expect(eventMarks()).toHaveLength(3);
    expect(markNamed('Acme announces')).toHaveAccessibleName(
      'February Acme announces, 2026. Acme says. Acme',
    );
    expect(markNamed('Globex campaign')).toHaveAccessibleName(
      '10 March – 20 April Globex campaign, 10 March to 20 April 2026. Acme says. Globex and Acme',
    );
    expect(markNamed('Letter sent')).toHaveAccessibleName(
      '25 April Letter sent, 2026. Reported. Acme',
    );
  });

  it('opens on the event named in the URL', async () => {
    renderStory('?event=second');
    expect(screen.getByRole('heading', { level: 2, name: 'Globex campaign' })).toBeVisible();
    expect(markNamed('Globex campaign')).toHaveAttribute('aria-pressed', 'true');
    // A source without outlet or title is named in words a person would write.
    expect(
      await screen.findByRole('article', {
        name: /^An undated document; neither its outlet nor its title is named/,
      }),
    ).toBeVisible();
  });

  it('opens on the window named in the URL, read as UTC days', async () => {
    renderStory('?from=2026-03-01&to=2026-03-31');
    await waitFor(() =>
      expect(zoomSlider()).toHaveAttribute('aria-valuetext', 'Showing 1 – 31 March 2026'),
    );
    expect(screen.getByRole('button', { name: 'Show all' })).toBeEnabled();
  });

  it('opens with the actors named in the URL', () => {
    renderStory('?actors=globex');
    const filter = openActors();
    expect(within(filter).getByRole('checkbox', { name: /^Globex/ })).toBeChecked();
    expect(within(filter).getByRole('checkbox', { name: /^Acme/ })).not.toBeChecked();
    expect(eventMarks().map((m) => m.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^10 March – 20 April Globex campaign, /),
    ]);
  });

  it('says which link settings it did not understand, and can be dismissed', async () => {
    const user = renderStory('?actors=nobody&theme=neon&event=second');
    const notice = screen
      .getAllByRole('status')
      .find((s) => s.textContent.includes('Some link settings were not understood'));
    expect(notice).toBeDefined();
    expect(notice).toHaveTextContent(/unknown actor “nobody”/);
    expect(notice).toHaveTextContent(/unknown theme “neon”/);
    // What it did understand still applies.
    expect(screen.getByRole('heading', { level: 2, name: 'Globex campaign' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(/unknown actor/)).not.toBeInTheDocument();
  });

  it('keeps a one-line title but drops the dek and the embed button inside an embed', async () => {
    renderStory('?embed=1');
    // The frame is its own document: its title is its one h1 (axe: page-has-heading-one).
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('A test story');
    expect(screen.queryByRole('button', { name: 'Embed' })).not.toBeInTheDocument();
    // Compact: one row of controls, no search, download or scale menu.
    expect(screen.getAllByRole('group', { name: 'Timeline controls' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('folds an embed’s event to its summary and first quote until asked', async () => {
    const user = renderStory('?embed=1&event=second&parts=details');
    const details = await screen.findByRole('region', { name: 'Event details' });
    const more = within(details).getByRole('button', { name: /^All \d+ sources?$/ });
    expect(within(details).queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    await user.click(more);
    expect(within(details).getByRole('heading', { level: 3, name: /^Sources/ })).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument();
  });

  it('shows one lane per actor, and each event once to assistive tech', async () => {
    const user = renderStory();
    openActors();
    await user.click(screen.getByRole('checkbox', { name: 'Lanes by actor' }));
    expect(within(timeline()).getByText('Acme')).toBeInTheDocument();
    expect(within(timeline()).getByText('Globex')).toBeInTheDocument();
    // "Globex campaign" is drawn in both actors' lanes but is one button.
    expect(eventMarks()).toHaveLength(3);
  });
});

describe('the URL follows the reader', () => {
  it('adds the selected event to the address, as a new history entry', async () => {
    renderStory();
    const before = window.history.length;
    fireEvent.click(markNamed('Letter sent'));
    // Written after the next paint, so the tap's answer does not wait for it.
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('event')).toBe('third'),
    );
    expect(window.history.length).toBe(before + 1);
  });

  it('goes back to the previous selection with Back', async () => {
    renderStory();
    fireEvent.click(markNamed('Acme announces'));
    await waitFor(() => expect(window.location.search).toMatch(/event=/));
    fireEvent.click(markNamed('Letter sent'));
    expect(screen.getByRole('heading', { level: 2, name: 'Letter sent' })).toBeVisible();
    await waitFor(() => expect(window.location.search).toMatch(/event=third/));
    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 2, name: 'Acme announces' })).toBeVisible();
  });

  it('writes the visible window once a zoom settles', async () => {
    const user = renderStory();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(window.location.search).toMatch(/from=2026-\d\d-\d\d&to=2026/));
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(window.location.search).not.toMatch(/from=/));
  });
});
