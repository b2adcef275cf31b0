import { words } from './words';

/**
 * Whether the editor is inside a frame of another site. A page that frames it could lay
 * invisible buttons over it (clickjacking); hosts should forbid that with a header
 * (docs/hosting.md), and this is the guard where one does not. Reading the top window's origin
 * throws across origins; `ancestorOrigins` (Chromium, Safari) also sees a foreign frame between
 * two of ours.
 */
export function isFramedByAnotherSite(win: Window): boolean {
  if (win.top === win.self) return false;
  const own = win.location.origin;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && Array.from(ancestors).some((o) => o !== own)) return true;
  try {
    return win.top?.location.origin !== own;
  } catch {
    return true;
  }
}

/** Instead of the editor: why it is not shown, and a link to open it in a tab of its own. */
export function showOpenInOwnTab(root: HTMLElement, win: Window): void {
  const doc = root.ownerDocument;
  const main = doc.createElement('main');
  main.className = 'framed-notice';
  const heading = doc.createElement('h1');
  heading.textContent = words.framed.heading;
  const text = doc.createElement('p');
  text.textContent = words.framed.body;
  const link = doc.createElement('a');
  link.href = win.location.href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = words.framed.link;
  main.append(heading, text, link);
  root.replaceChildren(main);
}
