// Build step: writes the lists the two hand-written scripts in public/ need into the copies in
// dist/, from the app's own tables, so neither keeps a copy to drift: embed.js's parameters that
// change an embed's layout (src/store/urlParams.ts), boot.js's interface languages
// (src/i18n/languages.ts) and its Reload page in each of them (src/i18n/messages/).
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'vite';
import { MEASURED_PARAMS, OWN_LAYOUT_PARAMS } from '../src/store/urlParams';
import { catalogCode, dirOf, htmlLang, LANGS } from '../src/i18n/languages';
import { loadCatalog } from '../src/i18n/load';

function fill(file: string, name: string, values: readonly unknown[]): void {
  const marker = new RegExp(`var ${name} = \\[[^\\]]*\\];`);
  const text = readFileSync(file, 'utf8');
  if (!marker.test(text)) throw new Error(`url-lists: ${file} has no "var ${name} = [];" to fill`);
  writeFileSync(
    file,
    text.replace(marker, () => `var ${name} = ${JSON.stringify(values)};`),
  );
}

fill('dist/embed.js', 'OWN_LAYOUT', OWN_LAYOUT_PARAMS);
fill('dist/embed.js', 'MEASURED', MEASURED_PARAMS);
fill('dist/boot.js', 'UI_LANGS', LANGS);
// [code, lang attribute, direction, heading, text, button] per language, the words of
// src/components/ReloadPage.tsx. Codes are lower case and end in "-" ("zh-hant-"); boot.js takes
// the first that a reader's tag (with a "-" added) starts with, so the longer come first:
// Traditional Chinese, also asked for by region (zh-TW, zh-HK, zh-MO, as catalogCode reads
// them), before zh.
const TRADITIONAL_REGIONS = ['zh-tw', 'zh-hk', 'zh-mo'];
const reload: [string, ...unknown[]][] = [];
for (const lang of LANGS) {
  const c = await loadCatalog(lang);
  const codes = [lang, ...TRADITIONAL_REGIONS.filter((r) => catalogCode(r) === lang)];
  for (const code of codes)
    reload.push([
      `${code.toLowerCase()}-`,
      htmlLang(lang),
      dirOf(lang),
      c['error.title'],
      c['reload.text'],
      c['reload.button'],
    ]);
}
// English stays first (boot.js carries it, and falls back on it); the rest, longest code first.
const longestFirst = reload.slice(1).sort((a, b) => b[0].length - a[0].length);
reload.splice(1, longestFirst.length, ...longestFirst);
// boot.js carries the first (English) alone, so the blocking script stays small; it fetches the
// rest only when it has to draw the page, and keeps English where that fetch fails too.
fill('dist/boot.js', 'RELOAD', reload.slice(0, 1));
writeFileSync('dist/reload-words.json', JSON.stringify(reload));
// boot.js blocks the first paint and counts against the first view's budget: shipped without
// its comments and spaces (public/boot.js stays the readable copy).
const boot = await minify('boot.js', readFileSync('dist/boot.js', 'utf8'), {
  compress: true,
  mangle: true,
});
if (boot.errors.length) throw new Error(`url-lists: boot.js: ${boot.errors[0]?.message}`);
writeFileSync('dist/boot.js', boot.code);
console.log(
  `url-lists: embed.js ${OWN_LAYOUT_PARAMS.length} layout parameters, boot.js ${LANGS.length} languages`,
);
