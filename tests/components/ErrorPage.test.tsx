import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { ErrorPage } from '../../src/components/ErrorPage';
import { App } from '../../src/App';
import { validateStory } from '../../src/data/validate';
import { formatIssue, type StoryIssue } from '../../src/data/issues';
import { impossibleDay, makeGuidedStory, makeStory } from '../fixtures/story';

/** The fixture with two mistakes an editor might make. */
function brokenStory() {
  const story = makeStory();
  story.events[0]!.actors = ['nobody'];
  story.events[2]!.date = impossibleDay();
  return story;
}

function issuesOf(story: unknown, file: string): StoryIssue[] {
  const result = validateStory(story, file);
  if (result.ok) throw new Error('expected the story to be invalid');
  return result.issues;
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('ErrorPage', () => {
  it('lists every problem with its file and path', () => {
    const issues = issuesOf(brokenStory(), 'broken.json');
    render(<ErrorPage issues={issues} />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'This story could not be shown' }),
    ).toBeVisible();
    expect(screen.getByText(new RegExp(`has ${issues.length} problems`))).toBeVisible();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(issues.map(formatIssue));
    expect(items.some((li) => /^broken\.json: events\[0\]\.actors\[0\]/.test(li.textContent))).toBe(
      true,
    );
    expect(items.some((li) => /^broken\.json: events\[2\]\.date\.date/.test(li.textContent))).toBe(
      true,
    );
  });

  it('speaks of one problem in the singular', () => {
    const issue: StoryIssue = { file: 'one.json', path: 'title', message: 'is missing' };
    render(<ErrorPage issues={[issue]} />);
    expect(screen.getByText(/has 1 problem\b/)).toBeVisible();
    expect(screen.getByRole('listitem')).toHaveTextContent('one.json: title: is missing');
  });

  it('lists the first 200 problems and counts the rest', () => {
    const issues: StoryIssue[] = Array.from({ length: 203 }, (_, i) => ({
      file: 'big.json',
      path: `events[${i}].title`,
      message: 'is empty',
    }));
    render(<ErrorPage issues={issues} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(screen.getByText('…and 3 more.')).toBeVisible();
  });
});

describe('App with ?data=', () => {
  const serve = (body: string, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(body, { status }))),
    );

  it('shows the problems of an invalid story file, named by its path', async () => {
    serve(JSON.stringify(brokenStory()));
    render(<App search="?data=stories/broken.json" bundled={null} />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This story could not be shown' }),
    ).toBeVisible();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/stories\/broken\.json: events\[0\]\.actors\[0\]/),
        expect.stringMatching(/^\/stories\/broken\.json: events\[2\]\.date\.date/),
      ]),
    );
  });

  it('says when the file is not there', async () => {
    serve('not found', 404);
    render(<App search="?data=missing.json" bundled={null} />);
    expect(await screen.findByText(/no story file at this address \(404\)/)).toBeVisible();
  });

  it('refuses a file from another site without fetching it', async () => {
    serve('{}');
    render(<App search="?data=https://evil.example/story.json" bundled={null} />);
    expect(await screen.findByText(/on another site/)).toBeVisible();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows a valid story file', async () => {
    serve(JSON.stringify(makeGuidedStory()));
    render(<App search="?data=stories/good.json" bundled={null} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'A test story' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });
});
