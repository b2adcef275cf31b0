import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useShortLabels } from '../../src/hooks/useShortLabels';

// jsdom lays nothing out: each control's width is its data-w, the row's room its data-room,
// and the observer reports when the test says so.
let report: (() => void) | null = null;
class TestResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    report = () => callback([], this as unknown as ResizeObserver);
  }
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

function Row({ long, room, widths }: { long: string; room: number; widths: number[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const short = useShortLabels(ref, long);
  return (
    <div ref={ref} role="group" aria-label="controls" data-room={room}>
      {widths.map((w, i) => (
        <button key={i} type="button" data-w={w}>
          {short ? 'short' : 'long'}
        </button>
      ))}
    </div>
  );
}

describe('useShortLabels', () => {
  beforeEach(() => {
    vi.stubGlobal('ResizeObserver', TestResizeObserver);
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const w = Number(this.getAttribute('data-w') ?? 0);
      return new DOMRect(0, 0, w, 40);
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return Number(this.getAttribute('data-room') ?? 0);
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    report = null;
  });

  it('keeps the long labels where they fit in the row', () => {
    render(<Row long="a" room={400} widths={[200, 150]} />);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'long' })).toHaveLength(2);
  });

  it('takes the short ones where the long ones would not fit, and keeps them as the row narrows', () => {
    const { rerender } = render(<Row long="a" room={300} widths={[200, 150]} />);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'short' })).toHaveLength(2);
    // Drawn short, the controls are narrower: the long labels' width is what counts.
    rerender(<Row long="a" room={320} widths={[120, 90]} />);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'short' })).toHaveLength(2);
    rerender(<Row long="a" room={400} widths={[120, 90]} />);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'long' })).toHaveLength(2);
  });

  it('waits for a row that is not laid out yet before it measures', () => {
    const { rerender } = render(<Row long="a" room={0} widths={[0, 0]} />);
    act(() => report?.());
    rerender(<Row long="a" room={300} widths={[200, 150]} />);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'short' })).toHaveLength(2);
  });

  it('measures the long labels again when what they say changes', () => {
    const { rerender } = render(<Row long="a" room={300} widths={[200, 150]} />);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'short' })).toHaveLength(2);
    rerender(<Row long="b" room={300} widths={[100, 100]} />);
    expect(screen.getAllByRole('button', { name: 'long' })).toHaveLength(2);
    act(() => report?.());
    expect(screen.getAllByRole('button', { name: 'long' })).toHaveLength(2);
  });
});
