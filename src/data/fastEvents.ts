import {
  CitationSchema,
  DisagreementSchema,
  EVENT_KINDS,
  EventDateSchema,
  EventSchema,
  FigureSchema,
  type CitationFile,
  type DisagreementFile,
  type EventDateFile,
  type FigureFile,
  type EventFile,
} from './schema';
import { DAY_PATTERN, MONTH_PATTERN } from './patterns';

/*
 * zod takes about half a second over a 100,000-event story, longer in a browser whose CSP keeps
 * it from compiling its parsers. Nearly every event in a file is plain: known keys, trimmed
 * text, well-formed ids and dates. For those, `parseCleanEvent` gives what `EventSchema` would,
 * checked by hand. Where it is unsure (a title zod would trim, a key it does not know, a wrong
 * type, an object that is not plain JSON data) it returns undefined and zod decides, so error
 * reports stay zod's. It may decline what zod accepts, never accept what zod rejects, and what
 * it returns equals zod's result key for key: tests/data/fastEvents.property.test.ts checks all
 * three against `EventSchema`. It mirrors the event schema by hand: change them together.
 *
 * zod returns a copy. Copying 100,000 events costs more than checking them (the copies outlive
 * the young generation), so a part already in zod's shape, keys in schema order, is returned
 * as it is, and only a part that differs is rebuilt.
 */

type Bag = Record<string, unknown>;

interface Limits {
  min: number;
  max: number;
}

/** Lengths come from the schema itself, so a changed limit cannot slip past this file. */
function limitsOf(schema: { minLength: number | null; maxLength: number | null }): Limits {
  return { min: schema.minLength ?? 0, max: schema.maxLength ?? Infinity };
}

const eventShape = EventSchema.shape;
const approximateShape = EventDateSchema.options[3].shape;
const accountShape = DisagreementSchema.shape.accounts.element.shape;

const ID = limitsOf(eventShape.id);
const TITLE = limitsOf(eventShape.title.options[0]);
const SUMMARY = limitsOf(eventShape.summary.options[0]);
const ATTRIBUTION = limitsOf(eventShape.attribution.options[0]);
const LABEL = limitsOf(approximateShape.label.unwrap().options[0]);
const BASIS = limitsOf(approximateShape.basis.options[0]);
const QUOTE = limitsOf(CitationSchema.shape.quote);
const ABOUT = limitsOf(DisagreementSchema.shape.about.options[0]);
const SAYS = limitsOf(accountShape.says.options[0]);

// Array minimums and patterns as written in schema.ts, which zod does not expose; the
// property test holds them to the schema.
const MIN_ACTORS = 1;
const MIN_CITATIONS = 1;
const MIN_ACCOUNTS = 2;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Each object's keys in the order zod's copy has them. */
const KEYS = {
  event: Object.keys(eventShape),
  day: Object.keys(EventDateSchema.options[0].shape),
  month: Object.keys(EventDateSchema.options[1].shape),
  range: Object.keys(EventDateSchema.options[2].shape),
  approximate: Object.keys(approximateShape),
  citation: Object.keys(CitationSchema.shape),
  disagreement: Object.keys(DisagreementSchema.shape),
  account: Object.keys(accountShape),
  figure: Object.keys(FigureSchema.shape),
} as const;

/** How many keys are not optional. */
function requiredCount(shape: Record<string, { isOptional(): boolean }>): number {
  return Object.values(shape).filter((field) => !field.isOptional()).length;
}

const REQUIRED_EVENT_KEYS = requiredCount(eventShape);
const REQUIRED_DAY_KEYS = requiredCount(EventDateSchema.options[0].shape);
const REQUIRED_MONTH_KEYS = requiredCount(EventDateSchema.options[1].shape);
const REQUIRED_RANGE_KEYS = requiredCount(EventDateSchema.options[2].shape);
const REQUIRED_APPROXIMATE_KEYS = requiredCount(approximateShape);
const REQUIRED_CITATION_KEYS = requiredCount(CitationSchema.shape);

const KINDS: ReadonlySet<unknown> = new Set(EVENT_KINDS);
const METRICS: ReadonlySet<unknown> = new Set(FigureSchema.shape.metric.options);
const QUALIFIERS: ReadonlySet<unknown> = new Set(FigureSchema.shape.qualifier.options);

/**
 * An object as JSON.parse makes them. zod takes any object and reads inherited keys too;
 * leaving other prototypes to zod keeps the two readings the same.
 */
function isPlainObject(value: unknown): value is Bag {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  );
}

function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

type KeyCheck = 'in order' | 'out of order' | 'wrong';

/**
 * 'wrong' unless the object has `count` keys, all in `keys`: zod's strict objects reject any
 * other, and a key beyond the values the caller found defined is an optional key holding
 * `undefined`, which zod's copy would keep. Else whether they come in the order of `keys`,
 * which is the order of zod's copy.
 */
function checkKeys(bag: Bag, keys: readonly string[], count: number): KeyCheck {
  let seen = 0;
  let next = 0;
  let ordered = true;
  for (const key in bag) {
    seen++;
    while (next < keys.length && keys[next] !== key) next++;
    if (next < keys.length) next++;
    else if (keys.includes(key)) ordered = false;
    else return 'wrong';
  }
  if (seen !== count) return 'wrong';
  return ordered ? 'in order' : 'out of order';
}

/** 1 for a value zod's copy carries under its key, 0 for one it leaves out. */
function defined(value: unknown): number {
  return value === undefined ? 0 : 1;
}

function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= ID.min &&
    value.length <= ID.max &&
    ID_PATTERN.test(value)
  );
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && DAY_PATTERN.test(value);
}

function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** Printable ASCII, which is never whitespace to `trim`. */
function isVisibleAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

/** Text that zod's `.trim()` leaves as it is, within the limits. */
function isText(value: unknown, limits: Limits): value is string {
  if (typeof value !== 'string' || value.length < limits.min || value.length > limits.max)
    return false;
  // Looking at the ends first spares most strings the scan for Unicode spaces.
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return (isVisibleAscii(first) && isVisibleAscii(last)) || value.trim() === value;
}

function isKind(value: unknown): value is EventFile['kind'] {
  return KINDS.has(value);
}

function isMetric(value: unknown): value is FigureFile['metric'] {
  return METRICS.has(value);
}

function isQualifier(value: unknown): value is FigureFile['qualifier'] {
  return QUALIFIERS.has(value);
}

/** `z.number().positive().nullable()`: zod's numbers are finite. */
function isFigureValue(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value) && value > 0);
}

/**
 * An array whose items all parse: the array itself if every item came back unchanged,
 * else a new one. Undefined if any item does not parse.
 */
function listOf<T>(
  value: unknown,
  min: number,
  parse: (item: unknown) => T | undefined,
): T[] | undefined {
  if (!isPlainArray(value) || value.length < min) return undefined;
  let copy: T[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const parsed = parse(item);
    if (parsed === undefined) return undefined;
    if (parsed !== item && copy === undefined) copy = value.slice(0, i) as T[];
    copy?.push(parsed);
  }
  return copy ?? (value as T[]);
}

/** An optional list: undefined if missing, `null` (decline) if present and not parsing. */
function optionalListOf<T>(
  value: unknown,
  parse: (item: unknown) => T | undefined,
): T[] | undefined | null {
  if (value === undefined) return undefined;
  return listOf(value, 0, parse) ?? null;
}

const asId = (value: unknown) => (isId(value) ? value : undefined);

/**
 * The optional `label` and `basis` any date may carry: how many are present, or -1 if one is
 * present and not clean text. A day, month or range has them only when it was inferred.
 */
function inferredKeys(label: unknown, basis: unknown): number {
  if (label !== undefined && !isText(label, LABEL)) return -1;
  if (basis !== undefined && !isText(basis, BASIS)) return -1;
  return defined(label) + defined(basis);
}

/** `date` with the optional `label` and `basis` appended in schema order, as zod copies it. */
function withInferred(date: Bag, label: unknown, basis: unknown): EventDateFile {
  const out: Bag = { ...date };
  if (label !== undefined) out.label = label;
  if (basis !== undefined) out.basis = basis;
  return out as EventDateFile;
}

function parseDate(value: unknown): EventDateFile | undefined {
  if (!isPlainObject(value)) return undefined;
  const { precision, label, basis } = value;
  const extra = inferredKeys(label, basis);
  if (extra < 0) return undefined;
  switch (precision) {
    case 'day': {
      const { date } = value;
      const keys = checkKeys(value, KEYS.day, REQUIRED_DAY_KEYS + extra);
      if (keys === 'wrong' || !isDay(date)) return undefined;
      return keys === 'in order'
        ? (value as EventDateFile)
        : withInferred({ precision, date }, label, basis);
    }
    case 'month': {
      const { month } = value;
      const keys = checkKeys(value, KEYS.month, REQUIRED_MONTH_KEYS + extra);
      if (keys === 'wrong' || !isMonth(month)) return undefined;
      return keys === 'in order'
        ? (value as EventDateFile)
        : withInferred({ precision, month }, label, basis);
    }
    case 'range': {
      const { start, end } = value;
      const keys = checkKeys(value, KEYS.range, REQUIRED_RANGE_KEYS + extra);
      if (keys === 'wrong' || !isDay(start) || !isDay(end)) return undefined;
      return keys === 'in order'
        ? (value as EventDateFile)
        : withInferred({ precision, start, end }, label, basis);
    }
    case 'approximate': {
      const { start, end } = value;
      // The basis is required here: counted among the required keys, not as an extra.
      const count = REQUIRED_APPROXIMATE_KEYS + defined(label);
      const keys = checkKeys(value, KEYS.approximate, count);
      if (keys === 'wrong' || !isDay(start) || !isDay(end) || !isText(basis, BASIS))
        return undefined;
      if (label === undefined)
        return keys === 'in order' ? (value as EventDateFile) : { precision, start, end, basis };
      if (!isText(label, LABEL)) return undefined;
      return keys === 'in order'
        ? (value as EventDateFile)
        : { precision, start, end, label, basis };
    }
    default:
      return undefined;
  }
}

function parseCitation(value: unknown): CitationFile | undefined {
  if (!isPlainObject(value)) return undefined;
  const { source, quote } = value;
  // A citation with our translations is left to zod: few carry them.
  const keys = checkKeys(value, KEYS.citation, REQUIRED_CITATION_KEYS);
  if (keys === 'wrong' || !isId(source) || !isText(quote, QUOTE)) return undefined;
  return keys === 'in order' ? (value as CitationFile) : { source, quote };
}

type Account = DisagreementFile['accounts'][number];

function parseAccount(value: unknown): Account | undefined {
  if (!isPlainObject(value)) return undefined;
  const { source, says, quote } = value;
  const keys = checkKeys(value, KEYS.account, KEYS.account.length);
  if (keys === 'wrong' || !isId(source) || !isText(says, SAYS) || !isText(quote, QUOTE))
    return undefined;
  return keys === 'in order' ? (value as Account) : { source, says, quote };
}

function parseDisagreement(value: unknown): DisagreementFile | undefined {
  if (!isPlainObject(value)) return undefined;
  const { about } = value;
  const keys = checkKeys(value, KEYS.disagreement, KEYS.disagreement.length);
  if (keys === 'wrong' || !isText(about, ABOUT)) return undefined;
  const accounts = listOf(value.accounts, MIN_ACCOUNTS, parseAccount);
  if (accounts === undefined) return undefined;
  return keys === 'in order' && accounts === value.accounts
    ? (value as DisagreementFile)
    : { about, accounts };
}

function parseFigure(value: unknown): FigureFile | undefined {
  if (!isPlainObject(value)) return undefined;
  const { metric, actor, value: amount, qualifier } = value;
  const keys = checkKeys(value, KEYS.figure, KEYS.figure.length);
  if (keys === 'wrong' || !isMetric(metric) || !isId(actor) || !isFigureValue(amount))
    return undefined;
  if (!isQualifier(qualifier)) return undefined;
  const citation = parseCitation(value.citation);
  if (citation === undefined) return undefined;
  return keys === 'in order' && citation === value.citation
    ? (value as FigureFile)
    : { metric, actor, value: amount, qualifier, citation };
}

type EventScalars = Pick<EventFile, 'id' | 'title' | 'summary' | 'kind' | 'attribution'>;

/** The event's own strings: its id, kind and texts. */
function hasCleanScalars(event: Bag): event is Bag & EventScalars {
  const { id, title, summary, kind, attribution } = event;
  return (
    isId(id) &&
    isKind(kind) &&
    isText(title, TITLE) &&
    isText(summary, SUMMARY) &&
    isText(attribution, ATTRIBUTION)
  );
}

/** zod's copy of an event, for one whose keys or parts were not in zod's shape. */
function rebuildEvent(
  { id, title, summary, kind, attribution }: EventScalars,
  date: EventDateFile,
  actors: string[],
  citations: CitationFile[],
  disagreements: DisagreementFile[] | undefined,
  figures: FigureFile[] | undefined,
): EventFile {
  const event: EventFile = { id, title, summary, date, actors, kind, attribution, citations };
  if (disagreements) event.disagreements = disagreements;
  if (figures) event.figures = figures;
  return event;
}

/**
 * What `EventSchema.parse(value)` returns (equal key for key, possibly `value` itself), or
 * undefined when the event is anything but plainly valid and zod should decide.
 */
export function parseCleanEvent(value: unknown): EventFile | undefined {
  if (!isPlainObject(value)) return undefined;
  const count = REQUIRED_EVENT_KEYS + defined(value.disagreements) + defined(value.figures);
  const keys = checkKeys(value, KEYS.event, count);
  if (keys === 'wrong' || !hasCleanScalars(value)) return undefined;
  const date = parseDate(value.date);
  const actors = date && listOf(value.actors, MIN_ACTORS, asId);
  const citations = actors && listOf(value.citations, MIN_CITATIONS, parseCitation);
  if (!date || !actors || !citations) return undefined;
  const disagreements = optionalListOf(value.disagreements, parseDisagreement);
  const figures = optionalListOf(value.figures, parseFigure);
  if (disagreements === null || figures === null) return undefined;
  const unchanged =
    keys === 'in order' &&
    date === value.date &&
    actors === value.actors &&
    citations === value.citations &&
    disagreements === value.disagreements &&
    figures === value.figures;
  if (unchanged) return value as EventFile;
  return rebuildEvent(value, date, actors, citations, disagreements, figures);
}

/** Every key name in an event, for `prototypeIsClean`. */
const ALL_KEYS = [...new Set(Object.values(KEYS).flat())];

/**
 * Passing an object through as it is assumes the keys read are its own. That holds unless
 * one of them has been put on `Object.prototype`, where zod would find it too.
 */
function prototypeIsClean(): boolean {
  return !ALL_KEYS.some((key) => key in Object.prototype);
}

/**
 * What `z.array(EventSchema).parse(items)` returns, with zod asked only about the events
 * `parseCleanEvent` declines; undefined if any event fails the schema.
 */
export function parseEvents(items: readonly unknown[]): EventFile[] | undefined {
  const quick = prototypeIsClean();
  const events: EventFile[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const event = (quick ? parseCleanEvent(item) : undefined) ?? EventSchema.safeParse(item).data;
    if (event === undefined) return undefined;
    events.push(event);
  }
  return events;
}
