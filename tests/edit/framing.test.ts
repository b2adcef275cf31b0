import { describe, expect, it } from 'vitest';
import { isFramedByAnotherSite, showOpenInOwnTab } from '../../src/edit/framing';

const OWN = 'https://news.example';

/** A window as the guard sees it: its top, and the origins of the frames around it. */
function fakeWindow(top: 'self' | 'same' | 'other', ancestors?: string[]): Window {
  const self = {} as Window;
  const location = {
    origin: OWN,
    href: `${OWN}/t/edit/`,
    ...(ancestors ? { ancestorOrigins: ancestors } : {}),
  };
  const topWindow =
    top === 'self'
      ? self
      : top === 'same'
        ? { location: { origin: OWN } }
        : {
            get location(): Location {
              throw new DOMException('Blocked a frame with origin', 'SecurityError');
            },
          };
  return Object.assign(self, { self, top: topWindow, location }) as unknown as Window;
}

describe('isFramedByAnotherSite', () => {
  it.each<[string, () => Window, boolean]>([
    ['not framed', () => fakeWindow('self'), false],
    ['framed by its own site', () => fakeWindow('same', [OWN]), false],
    ['framed by another site (its origin unreadable)', () => fakeWindow('other'), true],
    [
      'inside a foreign frame inside its own site',
      () => fakeWindow('same', ['https://evil.example', OWN]),
      true,
    ],
  ])('%s → %s', (_name, win, expected) => {
    expect(isFramedByAnotherSite(win())).toBe(expected);
  });
});

describe('showOpenInOwnTab', () => {
  it('replaces the page with a link that opens the editor in a new tab', () => {
    const root = document.createElement('div');
    root.textContent = 'editor';
    showOpenInOwnTab(root, fakeWindow('other'));
    const link = root.querySelector('a');
    expect(link?.textContent).toBe('Open the story editor in its own tab');
    expect(link?.getAttribute('href')).toBe(`${OWN}/t/edit/`);
    expect(link?.target).toBe('_blank');
    expect(root.textContent).not.toContain('editor\n');
  });
});
