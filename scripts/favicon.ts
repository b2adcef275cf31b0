// Writes public/favicon.png from public/favicon.svg. The page links the PNG: Chromium draws an
// SVG icon as a document of its own on the page's main thread (15–30 ms, measured in a trace
// of a `?data=` load, just when the app renders its first view); a 32 px PNG decodes in
// microseconds. The SVG stays the source; tests/cli/favicon.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { faviconPng } from '../src/cli/faviconPng';

const png = await faviconPng(readFileSync('public/favicon.svg', 'utf8'));
writeFileSync('public/favicon.png', png);
console.log(`favicon: public/favicon.png ${png.length} bytes`);
