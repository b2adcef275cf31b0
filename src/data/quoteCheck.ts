/*
 * The quote check's logic, kept pure so it can be tested on made-up text: the script
 * (scripts/check-quotes.ts) only reads files and prints. Not imported by the app.
 *
 * Strict on purpose: a quote must appear character for character in the document its
 * citation names. No whitespace folding, no quote-mark folding, no "…" joins: the seeds are
 * one paragraph per line and our quotes copy their curly quotes as they are, so nothing
 * looser is needed, and anything looser would let a reworded quote through.
 */

/** A `quote` found in a data file, with the `source` beside it (null if none). */
export interface QuoteRef {
  /** Where it is, as a JSON path: `events[2].citations[0].quote`. */
  path: string;
  source: string | null;
  quote: string;
}

/** A source document's name and full text. */
export interface SourceDocument {
  name: string;
  text: string;
}

export interface QuoteProblem {
  path: string;
  message: string;
}

/**
 * Every string under a `quote` key, anywhere in `json`, with the `source` of the object that
 * holds it. A `quote` that is not a string is reported too, so a typo cannot hide one.
 */
export function collectQuotes(json: unknown, at = ''): QuoteRef[] {
  const out: QuoteRef[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const bag = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(bag)) {
      const here = path ? `${path}.${key}` : key;
      // In a JSON Schema `quote` names a property and holds an object: walk it, do not check it.
      if (key === 'quote' && typeof value === 'string')
        out.push({
          path: here,
          source: typeof bag.source === 'string' ? bag.source : null,
          quote: value,
        });
      else walk(value, here);
    }
  };
  walk(json, at);
  return out;
}

/** The first ~60 characters, for messages. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The quotes that are not verbatim in the document their source maps to. `documentFor` maps a
 * source id to its document (undefined when the story's source has no document); `all` is
 * used only to say where a misattributed quote does appear.
 */
export function checkQuotes(
  quotes: readonly QuoteRef[],
  documentFor: (source: string) => SourceDocument | undefined,
  all: readonly SourceDocument[],
): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  for (const q of quotes) {
    const problem = (message: string) => problems.push({ path: q.path, message });
    if (q.quote.trim() === '') {
      problem('the quote is empty');
      continue;
    }
    if (q.source === null) {
      problem(`"${clip(q.quote)}" has no source beside it`);
      continue;
    }
    const doc = documentFor(q.source);
    if (!doc) {
      problem(`source "${q.source}" is mapped to no document`);
      continue;
    }
    if (doc.text.includes(q.quote)) continue;
    const elsewhere = all.find((d) => d !== doc && d.text.includes(q.quote));
    problem(
      elsewhere
        ? `"${clip(q.quote)}" is not in ${doc.name} (source "${q.source}") but in ${elsewhere.name}`
        : `"${clip(q.quote)}" is not verbatim in ${doc.name} (source "${q.source}")`,
    );
  }
  return problems;
}
