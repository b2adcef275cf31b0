import storySchema from '../../data/story.schema.json' with { type: 'json' };

// Deterministic synthetic stories for the benchmark, in our story format (src/data/schema.ts),
// plus converters to the formats of the two anchors: vis-timeline items and TimelineJS3 JSON.

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2026, 11, 31);

// The kinds the story schema allows (EVENT_KINDS in src/data/schema.ts). This file is plain JS,
// run by Node, so it reads them from the JSON Schema generated from the zod one (`npm run schema`;
// tests/cli/jsonSchema.test.ts fails when that file is stale) instead of keeping a copy.
export const KINDS = storySchema.properties.events.items.properties.kind.enum;

export const GROUPS = [
  { id: 'labs', label: 'AI labs', color: '#0072B2' },
  { id: 'accused', label: 'Accused labs', color: '#C0500A' },
  { id: 'government', label: 'Governments', color: '#00795A' },
  { id: 'industry', label: 'Industry peers', color: '#B0508C' },
  { id: 'press', label: 'The press', color: '#8A6200' },
];

export const ACTORS = [
  { id: 'northwind', name: 'Northwind AI', group: 'labs' },
  { id: 'bluepeak', name: 'Bluepeak Labs', group: 'labs' },
  {
    id: 'redriver',
    name: 'Redriver Models',
    group: 'accused',
    people: [{ name: 'Lin Hao', role: 'Chief executive' }],
  },
  { id: 'stonegate', name: 'Stonegate AI', group: 'accused' },
  { id: 'kestrel', name: 'Kestrel Compute', group: 'accused' },
  { id: 'commerce', name: 'Commerce Department', group: 'government' },
  {
    id: 'senate',
    name: 'Senate',
    group: 'government',
    people: [{ name: 'Sen. A. Example', role: 'Banking Committee' }, { name: 'Sen. B. Example' }],
  },
  { id: 'eu-commission', name: 'European Commission', group: 'government' },
  { id: 'orbital', name: 'Orbital Systems', group: 'industry' },
  { id: 'meridian', name: 'Meridian Cloud', group: 'industry' },
  { id: 'daily-ledger', name: 'The Daily Ledger', group: 'press' },
  { id: 'wire-service', name: 'Global Wire', group: 'press' },
];

export const SOURCES = [
  {
    id: 'ledger-report',
    outlet: 'The Daily Ledger',
    title: 'Labs trade accusations over model extraction',
    date: '2026-03-02',
    url: 'https://example.org/ledger/extraction',
    description: 'A news report on the accusations and the replies.',
  },
  {
    id: 'wire-brief',
    outlet: 'Global Wire',
    title: 'Regulators weigh limits on model access',
    date: '2025-11-14',
    url: 'https://example.org/wire/limits',
    description: 'A wire brief on the regulatory response.',
  },
  {
    id: 'lab-blog',
    outlet: 'Northwind AI',
    title: 'What we found in our traffic',
    date: '2026-02-20',
    url: 'https://example.org/northwind/blog',
    description: "A lab's own account of the campaigns it detected.",
  },
  {
    id: 'undated-analysis',
    outlet: null,
    title: null,
    date: null,
    url: null,
    description: 'An undated analysis that names no outlet or title.',
  },
  {
    id: 'hearing-transcript',
    outlet: 'Senate Banking Committee',
    title: 'Hearing on AI model security',
    date: '2024-06-11',
    url: 'https://example.org/senate/hearing',
    description: 'The transcript of a committee hearing.',
  },
  {
    id: 'eu-notice',
    outlet: 'European Commission',
    title: 'Notice on general-purpose AI models',
    date: '2023-09-30',
    url: null,
    description: 'An official notice; the copy we hold has no link.',
  },
];

const VERBS = [
  'discloses',
  'accuses',
  'denies',
  'restricts',
  'reports on',
  'responds to',
  'investigates',
  'meets with',
  'writes to',
  'announces',
  'limits',
  'publishes',
];
const OBJECTS = [
  'a distillation campaign',
  'model access',
  'export controls',
  'a security review',
  'fraudulent accounts',
  'a new policy',
  'its traffic logs',
  'the allegations',
  'a draft bill',
  'usage limits',
  'a settlement',
  'a joint statement',
];
const CLAUSES = [
  'citing internal logs',
  'after weeks of talks',
  'in a letter to lawmakers',
  'according to people familiar with the matter',
  'in a filing',
  'at a press briefing',
  'in a statement posted online',
  'without naming a date',
];
const BASES = [
  'A later document says "two months before".',
  'An undated article says "earlier this month".',
  'The filing says "in the weeks before the hearing".',
  'A report says "late that spring".',
];
const ATTRIBUTIONS = [
  'Reported by The Daily Ledger',
  'Northwind AI says',
  'Reported by Global Wire',
];

const pad = (n, w = 2) => String(n).padStart(w, '0');
/** `YYYY-MM-DD` of a UTC millisecond time. */
export const dayOf = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** Days are UTC midnights; returns [startMs, endMs) as our app reads an event date. */
export function spanOf(date) {
  const p = (s) => Date.parse(`${s}T00:00:00Z`);
  switch (date.precision) {
    case 'day':
      return [p(date.date), p(date.date) + DAY_MS];
    case 'month': {
      const s = p(`${date.month}-01`);
      const d = new Date(s);
      d.setUTCMonth(d.getUTCMonth() + 1);
      return [s, d.getTime()];
    }
    default:
      return [p(date.start), p(date.end) + DAY_MS];
  }
}

/**
 * A valid story with `n` events spread over 2019–2026, sorted by start, ids `e000000`….
 * Same (n, seed) → same story, byte for byte once serialised. About 510 bytes an event.
 */
export function generateStory(n, seed = 1) {
  const rand = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const spanDays = (LAST_DAY - FIRST_DAY) / DAY_MS;

  const starts = Array.from({ length: n }, () => FIRST_DAY + int(0, spanDays - 100) * DAY_MS);
  starts.sort((a, b) => a - b);

  const events = starts.map((startMs, i) => {
    const roll = rand();
    let date;
    if (roll < 0.55) date = { precision: 'day', date: dayOf(startMs) };
    else if (roll < 0.7) date = { precision: 'month', month: dayOf(startMs).slice(0, 7) };
    else if (roll < 0.88)
      date = {
        precision: 'range',
        start: dayOf(startMs),
        end: dayOf(startMs + int(1, 60) * DAY_MS),
      };
    else {
      date = {
        precision: 'approximate',
        start: dayOf(startMs),
        end: dayOf(startMs + int(7, 90) * DAY_MS),
        basis: pick(BASES),
      };
      if (rand() < 0.5) date.label = `about ${dayOf(startMs).slice(0, 7)}`;
    }

    const actorCount = rand() < 0.6 ? 1 : rand() < 0.75 ? 2 : 3;
    const actors = [];
    while (actors.length < actorCount) {
      const a = pick(ACTORS).id;
      if (!actors.includes(a)) actors.push(a);
    }
    const who = ACTORS.find((a) => a.id === actors[0]).name;
    const verb = pick(VERBS);
    const object = pick(OBJECTS);
    const clause = pick(CLAUSES);
    const citations = [];
    const citationCount = rand() < 0.7 ? 1 : 2;
    while (citations.length < citationCount) {
      const source = pick(SOURCES).id;
      if (citations.some((c) => c.source === source)) continue;
      citations.push({ source, quote: `${who} ${verb} ${object}, ${clause}.` });
    }
    const event = {
      id: `e${pad(i, 6)}`,
      title: `${who} ${verb} ${object}`,
      summary: `${who} ${verb} ${object} ${clause}. Event ${i + 1} of ${n} in a synthetic benchmark story.`,
      date,
      actors,
      kind: pick(KINDS),
      attribution: pick(ATTRIBUTIONS),
      citations,
    };
    if (rand() < 0.02) {
      event.disagreements = [
        {
          about: 'How many accounts were involved',
          accounts: [
            { source: 'ledger-report', says: 'About 24,000', quote: 'some 24,000 accounts' },
            { source: 'lab-blog', says: 'Over 20,000', quote: 'more than 20,000 accounts' },
          ],
        },
      ];
    }
    if (rand() < 0.02) {
      const undisclosed = rand() < 0.3;
      event.figures = [
        {
          metric: rand() < 0.5 ? 'exchanges' : 'accounts',
          actor: actors[0],
          value: undisclosed ? null : int(1, 30) * 1_000_000,
          qualifier: undisclosed ? 'not-disclosed' : pick(['exact', 'over', 'about']),
          citation: { source: citations[0].source, quote: citations[0].quote },
        },
      ];
    }
    return event;
  });

  return {
    title: `A synthetic story of ${n} events`,
    dek: `A generated story (seed ${seed}) for the benchmark: ${n} events from 2019 to 2026.`,
    credit: 'Generated by scripts/bench/generate.mjs',
    published: '2026-06-24',
    groups: GROUPS.map((g) => ({ ...g })),
    actors: ACTORS.map((a) => structuredClone(a)),
    sources: SOURCES.map((s) => ({ ...s })),
    events,
  };
}

/** vis-timeline groups: one per actor group, in story order. */
export function toVisGroups(story) {
  return story.groups.map((g) => ({ id: g.id, content: g.label, style: `color: ${g.color}` }));
}

/**
 * vis-timeline items: a day is a box at its date; month, range and approximate dates are
 * ranges whose end is exclusive (like our app's spans). Grouped by the first actor's group.
 */
export function toVisItems(story) {
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group]));
  return story.events.map((e) => {
    const item = { id: e.id, content: e.title, group: groupOf.get(e.actors[0]) };
    if (e.date.precision === 'day') item.start = e.date.date;
    else {
      const [s, end] = spanOf(e.date);
      item.start = dayOf(s);
      item.end = dayOf(end);
    }
    return item;
  });
}

const tlDate = (day) => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
  day: Number(day.slice(8, 10)),
});

/** TimelineJS3 JSON: a title slide and one slide per event, grouped by actor group label. */
export function toTimelineJS(story) {
  const groupOf = new Map(story.actors.map((a) => [a.id, a.group]));
  const labelOf = new Map(story.groups.map((g) => [g.id, g.label]));
  return {
    title: { text: { headline: story.title, text: story.dek } },
    events: story.events.map((e) => {
      const slide = {
        unique_id: e.id,
        text: { headline: e.title, text: e.summary },
        group: labelOf.get(groupOf.get(e.actors[0])),
      };
      switch (e.date.precision) {
        case 'day':
          slide.start_date = tlDate(e.date.date);
          break;
        case 'month':
          slide.start_date = {
            year: Number(e.date.month.slice(0, 4)),
            month: Number(e.date.month.slice(5, 7)),
          };
          break;
        default:
          slide.start_date = tlDate(e.date.start);
          slide.end_date = tlDate(e.date.end);
      }
      return slide;
    }),
  };
}
