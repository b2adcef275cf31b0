import { HEIGHT_MESSAGE_TYPE } from '../../src/embed/heightMessages';
import { measureContentHeight, startHeightReporting } from '../../src/embed/resize';
import { isEmbedded } from '../../src/store/urlParams';

/** A ResizeObserver jsdom lacks, which the test triggers by hand. */
class FakeResizeObserver {
  static instances: FakeResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: () => void) {
    FakeResizeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  trigger() {
    if (!this.disconnected) this.callback();
  }
}

/** A framed window: its own document, a parent that records posts, a settable height. */
function createFramedWindow({ withResizeObserver = true } = {}) {
  const doc = document.implementation.createHTMLDocument('child');
  let heightPx = 640;
  doc.documentElement.getBoundingClientRect = () => new DOMRect(0, 0, 320, heightPx);
  const posted: { message: unknown; targetOrigin: string }[] = [];
  const parent = {
    postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }),
  };
  const events = new EventTarget();
  const win = {
    parent,
    document: doc,
    ResizeObserver: withResizeObserver ? FakeResizeObserver : undefined,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  };
  return {
    win: win as unknown as Window,
    posted,
    heights: () =>
      posted.flatMap(({ message }) =>
        typeof message === 'object' && message !== null && 'type' in message
          ? message.type === HEIGHT_MESSAGE_TYPE && 'height' in message
            ? [message.height]
            : []
          : [],
      ),
    setHeight: (h: number) => (heightPx = h),
    fire: (type: string) => events.dispatchEvent(new Event(type)),
  };
}

afterEach(() => {
  FakeResizeObserver.instances = [];
});

describe('isEmbedded', () => {
  it.each([
    ['embed=1', true],
    ['theme=dark&embed=1', true],
    ['embed=0', false],
    ['embed=true', false],
    ['', false],
  ])('%j → %s', (query, expected) => {
    expect(isEmbedded(new URLSearchParams(query))).toBe(expected);
  });
});

describe('measureContentHeight', () => {
  it('rounds the root element height up', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.documentElement.getBoundingClientRect = () => new DOMRect(0, 0, 10, 640.01);
    expect(measureContentHeight(doc)).toBe(641);
  });
});

describe('startHeightReporting', () => {
  it('does nothing outside a frame', () => {
    const stop = startHeightReporting(window, new URLSearchParams('embed=1'));
    expect(FakeResizeObserver.instances).toHaveLength(0);
    stop();
  });

  it('posts every message at once, to any origin, and observes the root element', () => {
    const frame = createFramedWindow();
    const stop = startHeightReporting(frame.win, new URLSearchParams('embed=1&childId=c'));
    expect(frame.posted.map((p) => p.message)).toEqual([
      'pymxPYMxcxPYMxheightxPYMx640',
      { 'datawrapper-height': { 'distillation-timeline': 640 } },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      { type: HEIGHT_MESSAGE_TYPE, height: 640 },
    ]);
    expect(frame.posted.every((p) => p.targetOrigin === '*')).toBe(true);
    expect(FakeResizeObserver.instances[0]!.observed).toEqual([frame.win.document.documentElement]);
    stop();
  });

  it('posts again only when the height changed, on resize or load', () => {
    const frame = createFramedWindow();
    const stop = startHeightReporting(frame.win, new URLSearchParams('embed=1'));
    const observer = FakeResizeObserver.instances[0]!;
    observer.trigger();
    frame.fire('load');
    expect(frame.heights()).toEqual([640]);
    frame.setHeight(900.4);
    observer.trigger();
    observer.trigger();
    frame.setHeight(500);
    frame.fire('load');
    expect(frame.heights()).toEqual([640, 901, 500]);
    stop();
  });

  it('stops on cleanup', () => {
    const frame = createFramedWindow();
    const stop = startHeightReporting(frame.win, new URLSearchParams('embed=1'));
    stop();
    expect(FakeResizeObserver.instances[0]!.disconnected).toBe(true);
    frame.setHeight(100);
    frame.fire('load');
    expect(frame.heights()).toEqual([640]);
  });

  it('falls back to window resize events without ResizeObserver', () => {
    const frame = createFramedWindow({ withResizeObserver: false });
    const stop = startHeightReporting(frame.win, new URLSearchParams('embed=1'));
    frame.setHeight(300);
    frame.fire('resize');
    expect(frame.heights()).toEqual([640, 300]);
    stop();
    frame.setHeight(200);
    frame.fire('resize');
    expect(frame.heights()).toEqual([640, 300]);
  });

  it('never asks the host to navigate or scroll', () => {
    const frame = createFramedWindow();
    const stop = startHeightReporting(frame.win, new URLSearchParams('embed=1&childId=c'));
    frame.setHeight(10);
    frame.fire('load');
    const strings = frame.posted.map((p) => p.message).filter((m) => typeof m === 'string');
    expect(strings.every((s) => s.includes('xPYMxheightxPYMx'))).toBe(true);
    stop();
  });
});
