import { parseUrlState } from '../../src/store/urlState';
import { indexStory } from '../../src/timeline/storyIndex';
import { accentContrast, parseHexColour } from '../../src/store/embedLook';
import { makeStory } from '../fixtures/story';

const index = indexStory(makeStory());
const read = (search: string) => parseUrlState(search, index);

describe('branding from the URL: accent and font', () => {
  it('reads a hex accent, with or without #, in three or six digits', () => {
    expect(parseHexColour('0a58a8')).toBe('#0a58a8');
    expect(parseHexColour('#C03')).toBe('#cc0033');
    expect(parseHexColour('red')).toBeNull();
    expect(parseHexColour('0a58a8;x')).toBeNull();
    expect(read('?embed=1&accent=0a58a8').state.accent).toBe('#0a58a8');
  });

  it('refuses an accent below 4.5:1 on the theme’s background, in the notice’s words', () => {
    const yellow = read('?embed=1&accent=ffd700');
    expect(yellow.state.accent).toBeNull();
    expect(yellow.problems.join()).toMatch(/contrast 1\.\d:1 on the background.*4\.5:1/);
    // Our light theme's blue is too dark for the dark theme.
    expect(read('?embed=1&theme=dark&accent=0a58a8').state.accent).toBeNull();
    expect(read('?embed=1&theme=dark&accent=7cb8f0').state.accent).toBe('#7cb8f0');
    // `auto` can show either background: it must read on both.
    expect(accentContrast('#0a58a8', 'auto').ok).toBe(false);
    expect(read('?embed=1&accent=url(x)').problems.join()).toMatch(/hex colour/);
  });

  it('reads a font from its three names only', () => {
    expect(read('?embed=1&font=serif').state.font).toBe('serif');
    expect(read('?embed=1&font=system').state.font).toBe('system');
    const bad = read('?embed=1&font=Comic%20Sans');
    expect(bad.state.font).toBeNull();
    expect(bad.problems.join()).toMatch(/unknown font/);
  });
});
