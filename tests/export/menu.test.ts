import { resolveStory } from '../../src/data/localText';
import { createElement } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import rawStory from '../../data/story.json';
import { validateStory } from '../../src/data/validate';
import { indexStory } from '../../src/timeline/storyIndex';
import ExportMenu from '../../src/export/ExportMenu';
import { storeAndWrapper } from '../fixtures/store';

/** A store on the bundled story, and a wrapper providing it. */
function bundledStore() {
  const result = validateStory(rawStory, 'data/story.json');
  if (!result.ok) throw new Error('the bundled story is invalid');
  return storeAndWrapper({}, indexStory(resolveStory(result.data, 'en')));
}

/** jsdom's Blob has no text() or arrayBuffer(); FileReader reads it. */
function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsArrayBuffer(blob);
  });
}

function renderMenu({ wrapper }: ReturnType<typeof bundledStore>) {
  return render(createElement(ExportMenu), { wrapper });
}

describe('ExportMenu', () => {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();

  beforeEach(() => {
    saved.length = 0;
    let n = 0;
    // jsdom has no blob URLs and does not follow downloads: record what would be saved.
    URL.createObjectURL = (b: Blob | MediaSource) => {
      const url = `blob:test/${n++}`;
      blobs.set(url, b as Blob);
      return url;
    };
    URL.revokeObjectURL = () => undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('is one closed disclosure button until opened', async () => {
    renderMenu(bundledStore());
    const toggle = screen.getByRole('button', { name: 'Download' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Download data (JSON)' })).toBeNull();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    for (const name of [
      'Download image (SVG)',
      'Download image (PNG)',
      'Download data (JSON)',
      'Download data (CSV)',
    ])
      expect(screen.getByRole('button', { name })).toBeVisible();
  });

  it('saves the filtered events as a valid story and says so', async () => {
    const bundled = bundledStore();
    act(() => bundled.store.getState().showOnlyActor('house'));
    renderMenu(bundled);
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download data (JSON)' }));
    expect(saved).toHaveLength(1);
    const file = saved[0]!;
    expect(file.name).toBe('the-fight-over-ai-distillation-attacks-2026-filtered.json');
    const story: unknown = JSON.parse(new TextDecoder().decode(await readBytes(file.blob)));
    const result = validateStory(story, file.name);
    expect(result.ok ? result.data.events.map((e) => e.id) : result.issues).toEqual(['house-bill']);
    expect(screen.getByRole('status')).toHaveTextContent(`Saved ${file.name}.`);
    // The menu closes and gives focus back to its button.
    expect(screen.getByRole('button', { name: 'Download' })).toHaveFocus();
  });

  it('saves CSV with a byte-order mark and one row per shown event', async () => {
    const bundled = bundledStore();
    renderMenu(bundled);
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download data (CSV)' }));
    const file = saved[0]!;
    expect(file.name).toMatch(/\.csv$/);
    expect(file.blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await readBytes(file.blob);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.match(/\r\n/g)).toHaveLength(bundled.store.getState().index.events.length + 1);
  });

  it('explains why images are off in the list view', async () => {
    const bundled = bundledStore();
    act(() => bundled.store.getState().setMode('list'));
    renderMenu(bundled);
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    const svg = screen.getByRole('button', { name: 'Download image (SVG)' });
    expect(svg).toBeDisabled();
    expect(svg).toHaveAccessibleDescription(/switch to Timeline/);
    expect(screen.getByRole('button', { name: 'Download data (JSON)' })).toBeEnabled();
  });

  it('closes on Escape', async () => {
    renderMenu(bundledStore());
    const toggle = screen.getByRole('button', { name: 'Download' });
    await userEvent.click(toggle);
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
