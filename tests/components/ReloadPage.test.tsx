// A lazily loaded part that cannot be fetched ends on a page with a Reload button, never on
// "Loading the story…" or a blank page.
import { Suspense, lazy } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App';
import { ReloadBoundary } from '../../src/components/ReloadPage';

vi.mock('../../src/data/load', () => {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/load-x.js');
});

afterEach(() => vi.restoreAllMocks());

describe('a chunk that fails to load', () => {
  it('the story loader: shows the Reload page instead of loading forever', async () => {
    render(<App search="?data=stories/good.json" bundled={null} />);
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be downloaded/);
    expect(screen.queryByText(/Loading the story/)).not.toBeInTheDocument();
  });

  it('a lazy part of the page: the boundary shows the Reload page, whose button reloads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const Broken = lazy(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    render(
      <ReloadBoundary>
        <Suspense fallback="…">
          <Broken />
        </Suspense>
      </ReloadBoundary>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
