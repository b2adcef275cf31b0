// Build step: writes the lists the two hand-written scripts in public/ need into the copies in
// dist/, from the app's own tables, so neither keeps a copy to drift: embed.js's parameters that
// change an embed's layout (src/store/urlParams.ts) and boot.js's interface languages
// (src/i18n/languages.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { MEASURED_PARAMS, OWN_LAYOUT_PARAMS } from '../src/store/urlParams';
import { LANGS } from '../src/i18n/languages';

function fill(file: string, name: string, values: readonly string[]): void {
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
console.log(
  `url-lists: embed.js ${OWN_LAYOUT_PARAMS.length} layout parameters, boot.js ${LANGS.length} languages`,
);
