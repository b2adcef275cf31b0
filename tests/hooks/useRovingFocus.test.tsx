import type { KeyboardEvent } from 'react';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRovingFocus } from '../../src/hooks/useRovingFocus';
import { storeAndWrapper } from '../fixtures/store';

const SVG = 'http://www.w3.org/2000/svg';

/** A marks layer in the document with one focusable mark per id. */
function layerWith(ids: string[]): SVGGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const layer = document.createElementNS(SVG, 'g');
  for (const id of ids) {
    const mark = document.createElementNS(SVG, 'g');
    mark.setAttribute('data-event-id', id);
    mark.setAttribute('role', 'button');
    mark.setAttribute('tabindex', '-1');
    layer.append(mark);
  }
  svg.append(layer);
  document.body.append(svg);
  return layer;
}

const markOf = (layer: SVGGElement, id: string) =>
  layer.querySelector<SVGGElement>(`[data-event-id="${id}"]`)!;

const press = (key: string, target: Element) => {
  const ev = { key, target, preventDefault: vi.fn() };
  return { ev: ev as unknown as KeyboardEvent<SVGGElement>, preventDefault: ev.preventDefault };
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useRovingFocus', () => {
  it('moves the roving focus with arrow keys, and keyboard focus follows once drawn', () => {
    const { store } = storeAndWrapper();
    const layer = layerWith(['first', 'second', 'third']);
    const ref = { current: layer };
    const { result, rerender } = renderHook(
      ({ focusedId, drawn }) => useRovingFocus(ref, store, focusedId, drawn),
      { initialProps: { focusedId: 'first' as string | null, drawn: 1 } },
    );
    const { ev, preventDefault } = press('ArrowRight', markOf(layer, 'first'));
    act(() => result.current(ev));
    expect(preventDefault).toHaveBeenCalled();
    expect(store.getState().focusedId).toBe('second');
    rerender({ focusedId: 'second', drawn: 2 });
    expect(document.activeElement).toBe(markOf(layer, 'second'));
  });

  it('selects with Enter and leaves other keys alone', () => {
    const { store } = storeAndWrapper();
    const layer = layerWith(['first', 'second', 'third']);
    const { result } = renderHook(() => useRovingFocus({ current: layer }, store, null, 1));
    const other = press('x', markOf(layer, 'third'));
    act(() => result.current(other.ev));
    expect(other.preventDefault).not.toHaveBeenCalled();
    const enter = press('Enter', markOf(layer, 'third'));
    act(() => result.current(enter.ev));
    expect(enter.preventDefault).toHaveBeenCalled();
    expect(store.getState().selectedId).toBe('third');
  });

  it('does not take keyboard focus from elsewhere when the roving focus moves by itself', () => {
    const { store } = storeAndWrapper();
    const layer = layerWith(['first', 'second']);
    const ref = { current: layer };
    const { rerender } = renderHook(
      ({ focusedId }) => useRovingFocus(ref, store, focusedId, focusedId),
      { initialProps: { focusedId: 'first' } },
    );
    rerender({ focusedId: 'second' });
    expect(document.activeElement).toBe(document.body);
  });
});
