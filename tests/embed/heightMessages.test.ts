// @ts-expect-error pym.js ships no types; only its Parent's message handling is used here.
import pymModule from 'pym.js';
import {
  DEFAULT_CHART_ID,
  HEIGHT_MESSAGE_TYPE,
  createHeightMessages,
  createPymHeightMessage,
  isHeightMessage,
} from '../../src/embed/heightMessages';

describe('createPymHeightMessage', () => {
  it('joins the fields with pym.js delimiter', () => {
    expect(createPymHeightMessage('container', 640)).toBe('pymxPYMxcontainerxPYMxheightxPYMx640');
  });

  it('is accepted by a real pym.Parent, which sets the frame height', () => {
    const pym = pymModule as {
      Parent: new (id: string, url: string, config: object) => { iframe: HTMLIFrameElement };
    };
    const container = document.createElement('div');
    container.id = 'pym-container';
    document.body.append(container);
    const parent = new pym.Parent('pym-container', 'about:blank', {});
    window.dispatchEvent(
      new MessageEvent('message', { data: createPymHeightMessage('pym-container', 777) }),
    );
    expect(parent.iframe.getAttribute('height')).toBe('777px');
    // A message for another child is ignored.
    window.dispatchEvent(new MessageEvent('message', { data: createPymHeightMessage('other', 1) }));
    expect(parent.iframe.getAttribute('height')).toBe('777px');
    container.remove();
  });
});

describe('createHeightMessages', () => {
  it('sends Pym, Datawrapper, AMP and our own message under pym', () => {
    const params = new URLSearchParams('embed=1&initialWidth=320&childId=container');
    expect(createHeightMessages(640, params)).toEqual([
      'pymxPYMxcontainerxPYMxheightxPYMx640',
      { 'datawrapper-height': { [DEFAULT_CHART_ID]: 640 } },
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      { type: HEIGHT_MESSAGE_TYPE, height: 640 },
    ]);
  });

  it('leaves the Pym string out without childId', () => {
    const messages = createHeightMessages(10, new URLSearchParams('embed=1'));
    expect(messages.some((m) => typeof m === 'string')).toBe(false);
    expect(messages).toHaveLength(3);
  });

  it.each([
    ['dwId=abc12', 'story', 'abc12'],
    ['', 'story', 'story'],
    ['', undefined, DEFAULT_CHART_ID],
    ['dwId=', undefined, DEFAULT_CHART_ID],
  ])('keys the Datawrapper message by %j / chart id %j as %j', (query, chartId, expected) => {
    const messages = createHeightMessages(5, new URLSearchParams(query), chartId);
    expect(messages).toContainEqual({ 'datawrapper-height': { [expected]: 5 } });
  });

  it('echoes embedId in our own message', () => {
    const messages = createHeightMessages(5, new URLSearchParams('embed=1&embedId=dt-embed-2'));
    expect(messages).toContainEqual({ type: HEIGHT_MESSAGE_TYPE, height: 5, id: 'dt-embed-2' });
  });

  it('rounds fractional heights up and clamps negatives to zero', () => {
    const params = new URLSearchParams('childId=c');
    expect(createHeightMessages(640.2, params)[0]).toBe('pymxPYMxcxPYMxheightxPYMx641');
    expect(createHeightMessages(-3, params)[0]).toBe('pymxPYMxcxPYMxheightxPYMx0');
  });
});

describe('isHeightMessage', () => {
  it.each([
    [{ type: HEIGHT_MESSAGE_TYPE, height: 640 }, true],
    [{ type: HEIGHT_MESSAGE_TYPE, height: 0, id: 'dt-embed-1' }, true],
    [{ type: HEIGHT_MESSAGE_TYPE, height: 640, id: 3 }, false],
    [{ type: HEIGHT_MESSAGE_TYPE, height: '640' }, false],
    [{ type: HEIGHT_MESSAGE_TYPE, height: -1 }, false],
    [{ type: HEIGHT_MESSAGE_TYPE, height: Number.NaN }, false],
    [{ type: HEIGHT_MESSAGE_TYPE, height: Infinity }, false],
    [{ type: 'other', height: 640 }, false],
    [{ sentinel: 'amp', type: 'embed-size', height: 640 }, false],
    ['pymxPYMxcxPYMxheightxPYMx640', false],
    [null, false],
    [undefined, false],
    [640, false],
  ])('%j → %s', (data, expected) => {
    expect(isHeightMessage(data)).toBe(expected);
  });
});

describe('ids echoed into messages', () => {
  // A crafted embed URL: the `childId` it carries comes first, pym.Parent's own is appended.
  const CRAFTED = 'containerxPYMxnavigateToxPYMx/hosts/pwned.html? x';

  it('takes the childId pym appended, never a crafted one, and sends only a height', () => {
    const params = new URLSearchParams({ childId: CRAFTED });
    params.append('childId', 'container');
    const pymStrings = createHeightMessages(640, params).filter((m) => typeof m === 'string');
    expect(pymStrings).toEqual(['pymxPYMxcontainerxPYMxheightxPYMx640']);
  });

  it.each([CRAFTED, 'a b', 'x'.repeat(65), '', 'é', 'axPYMx'])(
    'sends no Pym message for the unsafe childId %j',
    (childId) => {
      const messages = createHeightMessages(1, new URLSearchParams({ childId }));
      expect(messages.some((m) => typeof m === 'string')).toBe(false);
    },
  );

  it('a real pym.Parent given the crafted id only ever sets a height', () => {
    const pym = pymModule as {
      Parent: new (
        id: string,
        url: string,
        config: object,
      ) => { iframe: HTMLIFrameElement; onMessage: (type: string, fn: () => void) => void };
    };
    const container = document.createElement('div');
    container.id = 'container';
    document.body.append(container);
    const parent = new pym.Parent('container', 'about:blank', {});
    const navigated: unknown[] = [];
    parent.onMessage('navigateTo', () => navigated.push('navigateTo'));
    parent.onMessage('scrollToChildPos', () => navigated.push('scrollToChildPos'));
    const params = new URLSearchParams({ childId: CRAFTED });
    params.append('childId', 'container');
    for (const data of createHeightMessages(321, params)) {
      if (typeof data === 'string') window.dispatchEvent(new MessageEvent('message', { data }));
    }
    expect(navigated).toEqual([]);
    expect(parent.iframe.getAttribute('height')).toBe('321px');
    container.remove();
  });

  it.each([
    ['dwId', 'x"y'],
    ['dwId', '__proto__ '],
    ['embedId', 'dt embed'],
    ['embedId', 'y'.repeat(65)],
  ])('never echoes an unsafe %s (%j)', (name, value) => {
    const messages = createHeightMessages(1, new URLSearchParams({ [name]: value }));
    expect(JSON.stringify(messages)).not.toContain(JSON.stringify(value).slice(1, -1));
  });
});
