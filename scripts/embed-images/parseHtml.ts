import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// jsdom (the unit tests' DOM) gives the server-rendered <svg> a DOM to match selectors in and
// serialise; it ships no types, and only this much of it is used.
const { JSDOM } = require('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

/** Parses a page with jsdom, for the pictures' drawings (src/server/pictureDrawing.ts). */
export const parseHtmlWithJsdom = (html: string): Document => new JSDOM(html).window.document;
