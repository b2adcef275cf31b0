import { mediaWords } from '../../src/i18n/mediaWords';
import { LANGS } from '../../src/i18n/languages';

describe('the media card’s words', () => {
  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s has every English word, none empty, each load button naming the site',
    (lang) => {
      const en = mediaWords('en');
      const own = mediaWords(lang);
      expect(Object.keys(own.kind).sort()).toEqual(Object.keys(en.kind).sort());
      expect(Object.keys(own.load).sort()).toEqual(Object.keys(en.load).sort());
      for (const text of [...Object.values(own.kind), ...Object.values(own.load), own.newTab])
        expect(text.trim()).not.toBe('');
      for (const load of Object.values(own.load)) expect(load).toMatch(/\{site\}/);
      // Not English left in place.
      expect(own.load.video).not.toBe(en.load.video);
    },
  );
});
