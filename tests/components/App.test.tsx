import { resolveStory } from '../../src/data/localText';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import rawStory from '../../data/story.json';
import { App } from '../../src/App';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';

/** Opens the actor filter's popover (if closed) and returns its fieldset. */
function openActors(): HTMLElement {
  const button = screen.getByRole('button', { name: /^Actors:/ });
  if (button.getAttribute('aria-expanded') !== 'true') fireEvent.click(button);
  return screen.getByRole('group', { name: /^Filter by actor/ });
}

const bundled = validateStory(rawStory, 'data/story.json');
if (!bundled.ok) throw new Error('the bundled story is invalid');
const index = indexStory(resolveStory(bundled.data, 'en'));
const titles = index.events.map((e) => e.title);
const LETTER = "Anthropic's letter to the Senate Banking Committee";
const MEMO = 'White House memo pledges help against distillation';

afterEach(() => {
  // The app keeps its state in the URL; start each test from a clean one.
  window.history.replaceState(null, '', '/');
});

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
/**
 * Whether a mark's name is the event's: across, it starts with the date the mark shows, then the
 * title (label in name); down the page, with the title.
 */
const namesEvent = (name: string, title: string) =>
  name.startsWith(`${title}, `) || name.includes(` ${title}, `) || name.includes(` ${title}. `);
/** Event marks on the timeline: buttons named by an event's date and title, then its sources. */
const isEventName = (name: string) => titles.some((t) => namesEvent(name, t));
const eventMarks = () => within(timeline()).queryAllByRole('button', { name: isEventName });
const markNamed = (title: string) =>
  within(timeline()).getByRole('button', { name: (name) => namesEvent(name, title) });
/** The axis tick labels: the texts of the timeline that are a month, a day or a year. */
const tickLabels = () =>
  within(timeline())
    .queryAllByText(/^(\d{1,2} )?[A-Z][a-z]{2}( \d{4})?$|^\d{1,2}$|^\d{4}$/)
    .map((t) => t.textContent);

/**
 * Clicks an event mark. user-event's pointer events carry `view: undefined`, which d3-zoom's
 * mousedown handler on the SVG dereferences (d3-drag's nodrag); a browser always sets it. So
 * marks get a plain click, as a browser dispatches after the press.
 */
const clickMark = (title: string) => fireEvent.click(markNamed(title));

function renderApp() {
  const user = userEvent.setup();
  render(<App search="" bundled={index.story} />);
  return user;
}

describe('the timeline page', () => {
  it('shows the story in a timeline region, with zoom controls', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: index.story.title })).toBeVisible();
    expect(timeline()).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    // The whole story is showing: there is nothing to zoom out to.
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Show all' })).toBeDisabled();
    const slider = screen.getByRole('slider', { name: 'Zoom level' });
    expect(slider).toHaveValue('0');
    expect(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Showing .*2026$/));
  });

  it('has a filter fieldset with a checkbox per actor, all on', () => {
    renderApp();
    const filter = openActors();
    const boxes = within(filter).getAllByRole('checkbox');
    expect(boxes).toHaveLength(index.story.actors.length);
    for (const box of boxes) expect(box).toBeChecked();
    expect(within(filter).getByRole('checkbox', { name: /^Anthropic/ })).toBeChecked();
  });

  it('draws each event as a button named as it reads, its date then its title, then sources', () => {
    renderApp();
    const letter = markNamed(LETTER);
    expect(letter).toHaveAccessibleName(
      expect.stringMatching(/^10 June Anthropic's letter to the Senate Banking Committee, 2026\./),
    );
    expect(letter).toHaveAttribute('aria-pressed', 'false');
    // Every event is drawn, or counted in a cluster that says how many it holds.
    const clusters = within(timeline()).queryAllByRole('button', { name: /^\d+ more events?,/ });
    const clustered = clusters.reduce(
      (n, c) => n + Number(/^\d+/.exec(c.getAttribute('aria-label') ?? '')?.[0]),
      0,
    );
    expect(eventMarks().length + clustered).toBe(titles.length);
    expect(clustered).toBeLessThanOrEqual(3);
  });

  it('has exactly one tab stop among the event marks', () => {
    renderApp();
    const tabbable = eventMarks().filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable).toHaveLength(1);
  });
});

describe('selecting an event', () => {
  it('shows its title, its words and a card per source', async () => {
    renderApp();
    clickMark(LETTER);
    expect(screen.getByRole('heading', { level: 2, name: LETTER })).toBeVisible();
    expect(markNamed(LETTER)).toHaveAttribute('aria-pressed', 'true');
    const event = index.eventById.get('letter')!;
    const details = screen.getByRole('region', { name: 'Event details' });
    expect(within(details).getByText('10 June 2026')).toBeVisible();
    expect(within(details).getByText(event.summary)).toBeVisible();
    // The sources come with the record (figures, disagreements), together: one lazy boundary.
    const cards = await within(details).findAllByRole('article');
    expect(cards).toHaveLength(new Set(event.citations.map((c) => c.source)).size);
    for (const card of cards) {
      const heading = within(card).getByRole('heading', { level: 4 });
      expect(card).toHaveAccessibleName(heading.textContent);
    }
    // Every quote is shown word for word in its source's card (a disagreement may quote it too).
    const quotes = cards.flatMap((card) =>
      within(card)
        .queryAllByText(/./)
        .map((e) => e.textContent),
    );
    for (const c of event.citations) expect(quotes).toContain(c.quote);
  });

  it('follows a source to another event it supports', async () => {
    const user = renderApp();
    clickMark(LETTER);
    const cnbc = await screen.findByRole('article', { name: /^CNBC/ });
    expect(within(cnbc).getByText('This source also supports:')).toBeVisible();
    await user.click(within(cnbc).getByRole('button', { name: MEMO }));
    expect(screen.getByRole('heading', { level: 2, name: MEMO })).toBeVisible();
    expect(screen.queryByRole('heading', { level: 2, name: LETTER })).not.toBeInTheDocument();
    expect(markNamed(MEMO)).toHaveAttribute('aria-pressed', 'true');
    // Focus stays in the panel, on the new title, now that the clicked link is gone.
    expect(screen.getByRole('heading', { level: 2, name: MEMO })).toHaveFocus();
  });

  it('closes with the close button and returns focus to the mark', async () => {
    const user = renderApp();
    clickMark(LETTER);
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('heading', { level: 2, name: LETTER })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Event details' })).toBeVisible();
    await waitFor(() => expect(markNamed(LETTER)).toHaveFocus());
  });

  it('selects with Enter and closes with Escape on the timeline', async () => {
    const user = renderApp();
    act(() => markNamed(LETTER).focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: LETTER })).toBeVisible();
    expect(markNamed(LETTER)).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('heading', { level: 2, name: LETTER })).not.toBeInTheDocument();
    expect(markNamed(LETTER)).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('the actor filter', () => {
  it('removes the events of actors unchecked', async () => {
    const user = renderApp();
    const before = eventMarks().length;
    const filter = openActors();
    const others = within(filter).getAllByRole('checkbox', {
      name: (n) => !n.startsWith('Senate'),
    });
    expect(others).toHaveLength(index.story.actors.length - 1);
    for (const box of others) await user.click(box);
    expect(within(filter).getByRole('checkbox', { name: /^Senate/ })).toBeChecked();
    expect(within(filter).getByRole('checkbox', { name: /^Anthropic/ })).not.toBeChecked();
    const names = eventMarks().map((m) => m.getAttribute('aria-label') ?? '');
    expect(names.length).toBeLessThan(before);
    const senate = index.events.filter((e) => e.actors.includes('senate')).map((e) => e.title);
    expect(senate).toHaveLength(2);
    expect(names.map((n) => senate.find((t) => namesEvent(n, t))).sort()).toEqual(senate.sort());
  });

  it('"only" shows one actor, "None" shows the empty message, "All" brings them back', async () => {
    const user = renderApp();
    const filter = openActors();
    await user.click(within(filter).getByRole('button', { name: 'only Pentagon' }));
    expect(eventMarks().map((m) => m.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^about June Pentagon adds Alibaba/),
    ]);
    await user.click(within(filter).getByRole('button', { name: 'None' }));
    expect(eventMarks()).toHaveLength(0);
    expect(within(timeline()).getByText(/No events match the filter/)).toBeVisible();
    await user.click(within(filter).getByRole('button', { name: 'All' }));
    expect(within(timeline()).queryByText(/No events match the filter/)).not.toBeInTheDocument();
    expect(eventMarks().length).toBeGreaterThan(5);
  });
});

describe('the list view', () => {
  it('shows every event, in time order, as an ordered list', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    const list = await screen.findByRole('list', { name: 'Events' });
    expect(list.tagName).toBe('OL');
    const buttons = within(list).getAllByRole('button', { name: (n) => titles.includes(n) });
    expect(buttons.map((b) => b.textContent)).toEqual(titles);
    expect(screen.queryByRole('region', { name: 'Timeline' })).not.toBeInTheDocument();
  });

  it('selects an event from the list', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = await screen.findByRole('list', { name: 'Events' });
    await user.click(within(list).getByRole('button', { name: MEMO }));
    expect(screen.getByRole('heading', { level: 2, name: MEMO })).toBeVisible();
  });

  it('says so when the filter lets nothing through', async () => {
    const user = renderApp();
    await user.click(within(openActors()).getByRole('button', { name: 'None' }));
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.queryByRole('list', { name: 'Events' })).not.toBeInTheDocument();
    expect(screen.getByText(/^No events match the filter\. /)).toBeVisible();
  });
});

describe('zooming', () => {
  it('labels months across the whole story, and weeks once zoomed in', async () => {
    const user = renderApp();
    // The bundled story opens with its quiet February–April stretch shortened.
    expect(tickLabels()).toEqual(expect.arrayContaining(['Feb', 'May', 'Jun']));
    expect(within(timeline()).getAllByText('7 weeks').length).toBeGreaterThan(0);
    const slider = screen.getByRole('slider', { name: 'Zoom level' });
    const wholeStory = slider.getAttribute('aria-valuetext');

    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Zoom in' }));

    const zoomed = tickLabels();
    expect(zoomed).not.toContain('Apr');
    expect(zoomed.length).toBeGreaterThan(2);
    // Days or weeks, with the month they are in on a row of its own.
    for (const label of zoomed)
      expect(label).toMatch(/^\d{1,2}( [A-Z][a-z]{2})?$|^[A-Z][a-z]+ \d{4}$/);
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).not.toBe(wholeStory));
    expect(Number((slider as HTMLInputElement).value)).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(tickLabels()).toEqual(expect.arrayContaining(['Feb', 'May', 'Jun']));
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe(wholeStory));
  });

  it('zooms with + and resets with 0 from the keyboard', async () => {
    const user = renderApp();
    const tabStop = eventMarks().find((m) => m.getAttribute('tabindex') === '0')!;
    act(() => tabStop.focus());
    await user.keyboard('+');
    expect(screen.getByRole('button', { name: 'Show all' })).toBeEnabled();
    await user.keyboard('0');
    expect(screen.getByRole('button', { name: 'Show all' })).toBeDisabled();
  });
});

describe('on a phone', () => {
  beforeEach(() => {
    globalThis.testLayoutWidthPx = 375;
  });
  afterEach(() => {
    globalThis.testLayoutWidthPx = undefined;
  });

  const clusters = () =>
    within(timeline()).queryAllByRole('button', { name: /^\d+ more events?,/ });
  const clusteredCount = () =>
    clusters().reduce(
      (n, c) => n + Number(/^\d+/.exec(c.getAttribute('aria-label') ?? '')?.[0]),
      0,
    );

  it('draws time down the page: every event on its own, its whole title in view', () => {
    renderApp();
    expect(clusters()).toHaveLength(0);
    expect(eventMarks()).toHaveLength(titles.length);
    // The title's lines, read in order, are the whole title.
    for (const title of titles) {
      const lines = [...markNamed(title).querySelectorAll('.mark-label tspan')];
      expect(lines.map((l) => l.textContent).join(' ')).toBe(title);
    }
  });

  it('zooms with the buttons and keeps every event', async () => {
    const user = renderApp();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByRole('button', { name: 'Show all' })).toBeEnabled();
    expect(eventMarks()).toHaveLength(titles.length);
    expect(clusteredCount()).toBe(0);
  });
});
