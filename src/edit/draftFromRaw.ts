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

/** An optional list kept only when it is one, each item an object (a draft may be damaged). */
function optionalList<K extends string, T>(
  key: K,
  v: unknown,
  item: (b: Bag) => T,
): Partial<Record<K, T[]>> {
  if (v === undefined) return {};
  return { [key]: list(v).map((x) => item(bag(x))) } as Partial<Record<K, T[]>>;
}

function disagreement(d: Bag) {
  return {
    about: text(d.about),
    accounts: list(d.accounts).map((x) => {
      const a = bag(x);
      return { source: text(a.source), says: text(a.says), quote: text(a.quote) };
    }),
  };
}

function figure(f: Bag) {
  return {
    ...(f as Bag),
    metric: f.metric === 'accounts' ? ('accounts' as const) : ('exchanges' as const),
    actor: text(f.actor),
    value: typeof f.value === 'number' ? f.value : null,
    qualifier:
      (['exact', 'over', 'about', 'roughly', 'nearly', 'not-disclosed'] as const).find(
        (q) => q === f.qualifier,
      ) ?? ('exact' as const),
    citation: citation(f.citation),
  };
}

/** An event's media only when it names its kind; its fields as they are, texts as texts. */
function media(v: unknown): Pick<TimelineEvent, 'media'> {
  const m = bag(v);
  if (m.type === 'image')
    return {
      media: {
        ...(m as Bag),
        type: 'image',
        src: text(m.src),
        alt: text(m.alt),
        caption: text(m.caption),
        credit: text(m.credit),
      },
    } as Pick<TimelineEvent, 'media'>;
  if (m.type === 'link')
    return {
      media: { ...(m as Bag), type: 'link', url: text(m.url), caption: text(m.caption) },
    } as Pick<TimelineEvent, 'media'>;
  return {};
}

function event(v: unknown): TimelineEvent {
  const e = bag(v);
  const kind = EVENT_KINDS.find((k) => k === e.kind) ?? 'statement';
  const { disagreements, figures, media: m, ...rest } = e;
  return {
    ...(rest as Partial<TimelineEvent>),
    ...optionalList('disagreements', disagreements, disagreement),
    ...optionalList('figures', figures, figure),
    ...media(m),
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
  const { corrections, annotations, steps, ...s } = bag(raw);
  return {
    ...(s as Partial<Story>),
    ...optionalList('corrections', corrections, (c) => ({
      date: text(c.date),
      text: text(c.text),
    })),
    ...optionalList('annotations', annotations, (a) => ({
      events: texts(a.events),
      text: text(a.text),
    })),
    ...optionalList('steps', steps, (x) => ({ event: text(x.event), caption: text(x.caption) })),
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
      ...optionalList('people', bag(a).people, (p) => ({
        ...p,
        name: text(p.name),
      })),
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
