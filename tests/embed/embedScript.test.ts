// public/embed.js (no build step, no module): run in jsdom as a host page runs it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = readFileSync('public/embed.js', 'utf8');

/** The frame embed.js makes for a div whose data-src is `src`. */
function frameFor(src: string): HTMLIFrameElement {
  const div = document.createElement('div');
  div.setAttribute('data-timeline-embed', '');
  div.setAttribute('data-src', src);
  document.body.append(div);
  // Run as a classic script is: the file is an IIFE that scans the page at once.
  const script = document.createElement('script');
  script.textContent = SCRIPT;
  document.head.append(script);
  const frame = div.querySelector('iframe');
  if (!frame) throw new Error('no frame made');
  return frame;
}

describe('embed.js and the height= of data-src', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    ['height=560', '560px'],
    ['height=20000', '20000px'],
    // Cut to the same limit as reported heights, not a 99,999 px frame.
    ['height=99999', '20000px'],
    // Not a height at all: the usual reserved room instead of a 33,554,432 px document.
    ['height=100000000', '640px'],
    ['height=600px', '640px'],
    ['height=359', '640px'],
  ])('%s → a frame %s tall', (query, height) => {
    const frame = frameFor(`https://news.example/t/?${query}&parts=timeline`);
    expect(frame.style.height).toBe(height);
  });
});
