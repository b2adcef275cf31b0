import { EVENT_KINDS, type Story, type TimelineEvent } from '../data/schema';

/*
 * A story file with problems, made into something the editor's forms can show: every list a
 * list, every text a string. Values are kept as they are, wrong ones included, so the checks
 * point at them; only what is missing or of the wrong type gets an empty stand-in.
 */

type Bag = Record<string, unknown>;

const bag = (v: unknown): Bag =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Bag) : {};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const orNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const texts = (v: unknown): string[] => list(v).filter((x) => typeof x === 'string');

function eventDate(v: unknown): TimelineEvent['date'] {
  const d = bag(v);
  const extra = {
    ...(typeof d.label === 'string' ? { label: d.label } : {}),
    ...(typeof d.basis === 'string' ? { basis: d.basis } : {}),
  };
  switch (d.precision) {
    case 'month':
      return { precision: 'month', month: text(d.month), ...extra };
    case 'range':
      return { precision: 'range', start: text(d.start), end: text(d.end), ...extra };
    case 'approximate':
      return {
        precision: 'approximate',
        start: text(d.start),
        end: text(d.end),
        ...extra,
        basis: text(d.basis),
      };
    default:
      return { precision: 'day', date: text(d.date), ...extra };
  }
}

function citation(v: unknown) {
  const c = bag(v);
  const translations = Object.fromEntries(
    Object.entries(bag(c.translations)).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );
  return {
    source: text(c.source),
    quote: text(c.quote),
    ...(Object.keys(translations).length ? { translations } : {}),
  };
}

function event(v: unknown): TimelineEvent {
  const e = bag(v);
  const kind = EVENT_KINDS.find((k) => k === e.kind) ?? 'statement';
  return {
    ...(e as Partial<TimelineEvent>),
    id: text(e.id),
    title: text(e.title),
    summary: text(e.summary),
    date: eventDate(e.date),
    actors: texts(e.actors),
    kind,
    attribution: text(e.attribution),
    citations: list(e.citations).map(citation),
  };
}

/** The draft for a parsed story file, or undefined when it is not an object at all. */
export function draftFromRaw(raw: unknown): Story | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const s = bag(raw);
  return {
    ...(s as Partial<Story>),
    title: text(s.title),
    dek: text(s.dek),
    credit: text(s.credit),
    groups: list(s.groups).map((g) => ({
      id: text(bag(g).id),
      label: text(bag(g).label),
      color: text(bag(g).color),
    })),
    actors: list(s.actors).map((a) => ({
      ...(bag(a) as Partial<Story['actors'][number]>),
      id: text(bag(a).id),
      name: text(bag(a).name),
      group: text(bag(a).group),
    })),
    sources: list(s.sources).map((x) => {
      const o = bag(x);
      return {
        id: text(o.id),
        outlet: orNull(o.outlet),
        title: orNull(o.title),
        date: orNull(o.date),
        url: orNull(o.url),
        description: text(o.description),
      };
    }),
    events: list(s.events).map(event),
  };
}
