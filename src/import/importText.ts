import { importTimelineJsCsv } from './timelinejsCsv';
import { importTimelineJsJson } from './timelinejsJson';
import type { ImportResult } from './common';

/**
 * Imports a TimelineJS file's text: JSON when the name ends in `.json` (or, with another
 * name, when the text starts with `{`), otherwise the Google Sheets template as CSV/TSV.
 */
export function importTimelineJs(text: string, file: string): ImportResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const json =
    /\.json$/i.test(file) || (!/\.[ct]sv$/i.test(file) && body.trimStart().startsWith('{'));
  if (!json) return importTimelineJsCsv(body, file);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, report: [{ file, path: '(root)', message: `not valid JSON: ${message}` }] };
  }
  return importTimelineJsJson(raw, file);
}
