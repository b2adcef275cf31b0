// Build step, after scripts/url-lists.ts has finished dist/boot.js: writes it into
// dist/index.html (src/server/inlineScript.ts says why). dist/boot.js stays, for the weight
// budget and as the file a page built before this step would ask for.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { inlineScript } from '../src/server/inlineScript';

const html = 'dist/index.html';
const code = readFileSync('dist/boot.js', 'utf8');
const hash = createHash('sha256').update(code, 'utf8').digest('base64');
writeFileSync(html, inlineScript(readFileSync(html, 'utf8'), './boot.js', code, hash));
console.log(`inline-boot: ${html} carries boot.js (${code.length} bytes), sha256-${hash}`);
