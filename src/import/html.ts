import { withoutTextControls } from '../data/textControls';
/** Plain text taken from an HTML fragment, and the links it held. */
export interface PlainText {
  /** The words, entities decoded, whitespace collapsed; never any markup. */
  text: string;
  /** `href`s of `<a>` elements, which plain text cannot keep. */
  links: string[];
}

// Enough named entities for TimelineJS text written by hand or pasted from a CMS;
// an unknown name is left as written, which is harmless in plain text.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  shy: '',
  zwj: '',
  zwnj: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  eth: 'ð',
  thorn: 'þ',
};
// Accented vowels: &eacute; &Uuml; and so on, composed from a base letter and a mark.
const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    const ok = Number.isInteger(code) && code > 0 && code <= 0x10ffff;
    // Lone surrogates would make invalid text; they become the replacement character.
    return ok && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  }
  const named = NAMED[body];
  if (named !== undefined) return named;
  const accented = /^([a-zA-Z])(acute|grave|circ|uml|tilde)$/.exec(body);
  if (accented?.[1] && accented[2]) return `${accented[1]}${MARKS[accented[2]] ?? ''}`.normalize();
  return entity;
}

/** Decodes `&amp;`, `&#233;`, `&#x2014;` and common named entities. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    decodeEntity,
  );
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p',
  'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'cite',
]); // prettier-ignore
const DROP_CONTENT = new Set(['script', 'style', 'template', 'noscript']);
/** How far a tag is scanned for quoted attributes: it bounds the work on malformed input. */
const MAX_TAG = 2000;

/**
 * The index of the `>` closing a tag that opens at `start`, honouring quoted attributes, or -1
 * when a `<` comes first (so `a <b <i>` keeps its first `<` as text). Past `MAX_TAG` characters,
 * or with a quote left open, the next `>` ends it: malformed markup is dropped, not kept.
 */
function tagEnd(html: string, start: number): number {
  let quote = '';
  const stop = Math.min(html.length, start + MAX_TAG);
  for (let j = start + 1; j < stop; j++) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j;
    else if (c === '<') return -1;
  }
  return html.indexOf('>', start);
}

/** One pass of tag removal; `links` collects `<a href>` targets. */
function stripTags(html: string, links: string[]): string {
  let out = '';
  let i = 0;
  // Past this index there is no `>`, so nothing further can be a tag (keeps the pass linear).
  const lastGt = html.lastIndexOf('>');
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt > lastGt) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)|^<!/.exec(html.slice(lt, lt + 64));
    const end = m ? tagEnd(html, lt) : -1;
    if (!m || end < 0) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'a' && !m[1]) {
      const tag = html.slice(lt, Math.min(end + 1, lt + MAX_TAG));
      const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const url = href?.[1] ?? href?.[2] ?? href?.[3];
      if (url) links.push(decodeEntities(url).trim());
    }
    if (BLOCK.has(name)) out += ' ';
    i = end + 1;
    if (DROP_CONTENT.has(name) && !m[1]) {
      const close = new RegExp(`</${name}`, 'ig');
      close.lastIndex = i;
      i = close.exec(html) ? close.lastIndex - name.length - 2 : html.length;
    }
  }
  return out;
}

/**
 * Turns an HTML fragment into plain text: tags removed (block ends become spaces), entities
 * decoded, scripts and comments dropped, whitespace collapsed. Never throws; a `<` that starts
 * no tag (`a < b`) is kept as text.
 */
export function htmlToText(html: string): PlainText {
  const links: string[] = [];
  let text = stripTags(html, links);
  // Removing a tag can join pieces into a new one (`<b <i>>`); strip until nothing changes.
  for (let pass = 0; pass < 8; pass++) {
    const again = stripTags(text, []);
    if (again === text) break;
    text = again;
  }
  // Controls that reorder or hide text (an `&#x202E;` too) would fail the story's validation.
  return { text: withoutTextControls(decodeEntities(text)).replace(/\s+/g, ' ').trim(), links };
}
