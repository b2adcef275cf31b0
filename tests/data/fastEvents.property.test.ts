// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCleanEvent, parseEvents } from '../../src/data/fastEvents';
import {
  EVENT_KINDS,
  EventSchema,
  type EventFile,
  type TimelineEvent,
} from '../../src/data/schema';
import { formatIssue } from '../../src/data/issues';
import { validateStory, validateStoryBySchema } from '../../src/data/validate';
import { dayArb, eventDateArb, idArb, textArb, validStoryArb } from '../fixtures/arbitraries';

/** Text as a careful editor writes it: nothing for zod's `.trim()` to change. */
const cleanTextArb = (max: number) => textArb(max).map((s) => s.trim());

// Plain objects, as JSON.parse makes; fast-check would otherwise make some without a prototype.
const plain = { noNullPrototype: true } as const;
const citationArb = fc.record({ source: idArb, quote: cleanTextArb(2000) }, plain);

/** Events the schema accepts unchanged, keys in schema order, optional lists sometimes. */
const cleanEventArb: fc.Arbitrary<TimelineEvent> = fc.record(
  {
    id: idArb,
    title: cleanTextArb(140),
    summary: cleanTextArb(1200),
    // Keys stay in schema order: a key that is there is replaced in place.
    date: eventDateArb.map((date) => {
      const out = { ...date };
      if (out.label !== undefined) out.label = out.label.trim();
      if (out.basis !== undefined) out.basis = out.basis.trim();
      return out;
    }),
    actors: fc.array(idArb, { minLength: 1, maxLength: 3 }),
    kind: fc.constantFrom(...EVENT_KINDS),
    attribution: cleanTextArb(160),
    citations: fc.array(citationArb, { minLength: 1, maxLength: 3 }),
    disagreements: fc.array(
      fc.record(
        {
          about: cleanTextArb(120),
          accounts: fc.array(
            fc.record({ source: idArb, says: cleanTextArb(300), quote: cleanTextArb(2000) }, plain),
            { minLength: 2, maxLength: 3 },
          ),
        },
        plain,
      ),
      { maxLength: 2 },
    ),
    figures: fc.array(
      fc.record(
        {
          metric: fc.constantFrom('exchanges' as const, 'accounts' as const),
          actor: idArb,
          value: fc.option(fc.double({ min: 1e-9, max: 1e12, noNaN: true }), { nil: null }),
          qualifier: fc.constantFrom(
            'exact' as const,
            'over' as const,
            'about' as const,
            'roughly' as const,
            'nearly' as const,
            'not-disclosed' as const,
          ),
          citation: citationArb,
        },
        plain,
      ),
      { maxLength: 2 },
    ),
  },
  {
    requiredKeys: ['id', 'title', 'summary', 'date', 'actors', 'kind', 'attribution', 'citations'],
    ...plain,
  },
);

/** Strings at and around every length limit in an event, and other near misses. */
const LIMITS = [80, 120, 140, 160, 300, 400, 1200, 2000];
const edgeStringArb = fc.oneof(
  fc
    .constantFrom(...LIMITS)
    .chain((max) => fc.constantFrom(max - 1, max, max + 1).map((n) => 'a'.repeat(n))),
  fc.constantFrom(
    '',
    ' ',
    ' x',
    'x ',
    '\tx',
    'x\n',
    '\u00a0x',
    'x\u2028',
    '\ufeffx',
    'x\u3000',
    'A-b',
    '-ab',
    'ab_c',
    'ab-',
    'é',
    '2026-02-30',
    '2026-2-01',
    '2026-02',
    '2026-13',
    '２０２６-01-01',
    '2026-01-01\n',
    '+2026-01-01',
    'day',
    'month',
    'range',
    'approximate',
    'report',
    'exact',
    'not-disclosed',
    'exchanges',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
  dayArb,
  idArb,
);

/** A day or month with one character added, removed or replaced. */
const nearDayArb = fc
  .tuple(
    fc.oneof(
      dayArb,
      dayArb.map((d) => d.slice(0, 7)),
    ),
    fc.nat(),
    fc.constantFrom('', '0', '9', '-', 'x', ' ', '\n', '٣'),
    fc.nat({ max: 2 }),
  )
  .map(([day, n, char, how]) => {
    const at = n % (day.length + 1);
    return day.slice(0, at) + char + day.slice(how === 0 ? at : at + how);
  });

/** Whatever an editor, an importer or a fuzzer might put in a slot. */
const anyValueArb = fc.oneof(
  edgeStringArb,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, null, 0, -0, -1, 1, NaN, Infinity, [], {}),
  eventDateArb,
  citationArb,
);

const KEYS = [
  'id',
  'title',
  'summary',
  'date',
  'actors',
  'kind',
  'attribution',
  'citations',
  'disagreements',
  'figures',
  'precision',
  'date',
  'month',
  'start',
  'end',
  'label',
  'basis',
  'source',
  'quote',
  'about',
  'accounts',
  'says',
  'metric',
  'actor',
  'value',
  'qualifier',
  'citation',
  'extra',
  '__proto__',
  'constructor',
];

/** Every object and array inside a value, the value included. */
function containers(value: unknown, out: object[] = []): object[] {
  if (value && typeof value === 'object' && !out.includes(value)) {
    out.push(value);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

type Damage = [at: number, key: string, value: unknown, how: number];

/**
 * One change to one container: set a key (even `__proto__`), delete one, shorten an array,
 * give a new prototype, or put the keys in another order. Arrays keep their prototype when
 * `arrays` is false: salvage.ts calls their methods, and JSON.parse makes no other kind.
 */
function damage(root: unknown, [at, key, generated, how]: Damage, arrays = true) {
  // A copy, so that two damages never share one object and make a cycle.
  const value: unknown = structuredClone(generated);
  const all = containers(root);
  const target = all[at % all.length] as Record<string, unknown>;
  const isArray = Array.isArray(target);
  const slot = isArray ? String(at % (target.length + 1)) : key;
  switch (how % 7) {
    case 0:
    case 1:
      Object.defineProperty(target, slot, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      break;
    case 2:
      Reflect.deleteProperty(target, slot);
      break;
    case 3:
      if (isArray) target.length = Math.max(0, target.length - 1);
      else Object.setPrototypeOf(target, { [key]: value });
      break;
    case 4: {
      const entries = Object.entries(target).reverse();
      for (const [k] of entries) Reflect.deleteProperty(target, k);
      for (const [k, v] of entries) target[k] = v;
      break;
    }
    case 5:
      if (!isArray || arrays) Object.setPrototypeOf(target, null);
      break;
    case 6:
      if (isArray && arrays) Object.setPrototypeOf(target, class extends Array {}.prototype);
      break;
  }
}

const damageArb: fc.Arbitrary<Damage> = fc.tuple(
  fc.nat(),
  fc.constantFrom(...KEYS),
  anyValueArb,
  fc.nat(),
);

/** An event, clean or damaged in one to three places. */
const eventArb: fc.Arbitrary<unknown> = fc.oneof(
  cleanEventArb,
  fc
    .tuple(cleanEventArb, fc.array(damageArb, { minLength: 1, maxLength: 3 }))
    .map(([event, damages]) => {
      for (const d of damages) damage(event, d);
      return event;
    }),
);

/** Whatever `parseCleanEvent` accepts, zod accepts too, and gives the same value, key for key. */
function agreesWithZod(value: unknown) {
  const fast = parseCleanEvent(value);
  if (fast === undefined) return;
  const parsed = EventSchema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
}

/** An event with one field replaced: for fields zod does not transform, both must agree exactly. */
function withField(event: TimelineEvent, set: (e: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(event) as unknown as Record<string, unknown>;
  set(copy);
  return copy;
}

describe('parseCleanEvent (properties)', { timeout: 120_000 }, () => {
  it('accepts only what zod accepts, and returns what zod returns', () => {
    fc.assert(fc.property(eventArb, agreesWithZod), { numRuns: 5000 });
  });

  it('accepts clean events, returning them as they are', () => {
    fc.assert(
      fc.property(cleanEventArb, (event) => {
        expect(parseCleanEvent(event)).toBe(event);
        agreesWithZod(event);
      }),
      { numRuns: 1000 },
    );
  });

  it('rebuilds, in schema order, an event whose keys come in another order', () => {
    fc.assert(
      fc.property(cleanEventArb, (event) => {
        const reversed = Object.fromEntries(Object.entries(event).reverse());
        const fast = parseCleanEvent(reversed);
        expect(fast).not.toBe(reversed);
        agreesWithZod(reversed);
      }),
      { numRuns: 300 },
    );
  });

  it('reads every field as the schema does, where zod has nothing to trim', () => {
    const citation = (v: unknown) => ({ source: 'a', quote: v });
    const account = { source: 'a', says: 'b', quote: 'c' };
    const figure = {
      metric: 'accounts',
      actor: 'a',
      value: 1,
      qualifier: 'over',
      citation: citation('q'),
    };
    const range = { precision: 'approximate', start: '2026-01-01', end: '2026-01-02' };
    const setters: ((e: Record<string, unknown>, v: unknown) => void)[] = [
      (e, v) => (e.id = v),
      (e, v) => (e.title = v),
      (e, v) => (e.summary = v),
      (e, v) => (e.attribution = v),
      (e, v) => (e.actors = [v]),
      (e, v) => (e.kind = v),
      (e, v) => (e.date = { precision: v, date: '2026-01-01' }),
      (e, v) => (e.date = { precision: 'day', date: v }),
      (e, v) => (e.date = { precision: 'month', month: v }),
      (e, v) => (e.date = { precision: 'range', start: v, end: '2026-01-01' }),
      (e, v) => (e.date = { precision: 'range', start: '2026-01-01', end: v }),
      (e, v) => (e.date = { ...range, label: v, basis: 'b' }),
      (e, v) => (e.date = { ...range, basis: v }),
      (e, v) => (e.date = { precision: 'day', date: '2026-01-01', basis: v }),
      (e, v) => (e.date = { precision: 'month', month: '2026-01', label: v, basis: 'b' }),
      (e, v) => (e.date = { precision: 'range', start: '2026-01-01', end: '2026-01-02', label: v }),
      (e, v) => (e.citations = [{ source: v, quote: 'q' }]),
      (e, v) => (e.citations = [citation(v)]),
      (e, v) => (e.disagreements = [{ about: v, accounts: [account, account] }]),
      (e, v) => (e.disagreements = [{ about: 'x', accounts: [account, { ...account, says: v }] }]),
      (e, v) =>
        (e.disagreements = [{ about: 'x', accounts: [account, { ...account, source: v }] }]),
      (e, v) => (e.figures = [{ ...figure, metric: v }]),
      (e, v) => (e.figures = [{ ...figure, actor: v }]),
      (e, v) => (e.figures = [{ ...figure, value: v }]),
      (e, v) => (e.figures = [{ ...figure, qualifier: v }]),
      (e, v) => (e.figures = [{ ...figure, citation: citation(v) }]),
    ];
    const valueArb = fc.oneof(
      edgeStringArb,
      fc.stringMatching(/^\d{4}-\d{2}(-\d{2})?$/),
      nearDayArb,
      fc.double(),
      fc.constantFrom(null, undefined, 0, -0, 1, -1, Infinity, NaN, [], {}),
    );
    fc.assert(
      fc.property(
        cleanEventArb,
        fc.nat({ max: setters.length - 1 }),
        valueArb,
        (event, n, value) => {
          const candidate = withField(event, (e) => setters[n]!(e, value));
          agreesWithZod(candidate);
          // Only text zod would trim, and keys holding undefined, are left to zod on purpose.
          if (value === undefined || (typeof value === 'string' && value.trim() !== value)) return;
          const fast = parseCleanEvent(candidate) !== undefined;
          expect(fast).toBe(EventSchema.safeParse(candidate).success);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([true, false])(
    'leaves events to zod when Object.prototype carries one of their keys (enumerable: %s)',
    (enumerable) => {
      const event = fc.sample(cleanEventArb, { numRuns: 1, seed: 7 })[0]!;
      delete event.figures;
      let fast: EventFile[] | undefined;
      let zod: EventFile[] | undefined;
      Object.defineProperty(Object.prototype, 'figures', {
        value: [],
        enumerable,
        configurable: true,
      });
      try {
        fast = parseEvents([event]);
        zod = z.array(EventSchema).safeParse([event]).data;
      } finally {
        Reflect.deleteProperty(Object.prototype, 'figures');
      }
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod));
      expect(fast?.[0]).not.toBe(event);
    },
  );
});

describe('parseCleanEvent on the edge cases it must leave to zod', () => {
  const base = (): Record<string, unknown> => ({
    id: 'e1',
    title: 'A title',
    summary: 'A summary.',
    date: { precision: 'day', date: '2026-01-02' },
    actors: ['a'],
    kind: 'report',
    attribution: 'Someone says',
    citations: [{ source: 's', quote: 'Words.' }],
  });
  const reversed = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).reverse());
  const approximate = { precision: 'approximate', start: '2026-01-01', end: '2026-01-05' };

  it.each<[string, () => unknown]>([
    ['an optional list holding undefined', () => ({ ...base(), disagreements: undefined })],
    ['the same, keys reversed', () => reversed({ ...base(), figures: undefined })],
    [
      'a label holding undefined',
      () => ({ ...base(), date: { ...approximate, label: undefined, basis: 'b' } }),
    ],
    [
      'the same, keys reversed',
      () => ({ ...base(), date: reversed({ ...approximate, label: undefined, basis: 'b' }) }),
    ],
    ['an unknown key', () => ({ ...base(), note: 'x' })],
    [
      'an unknown key in a citation',
      () => ({ ...base(), citations: [{ source: 's', quote: 'q', page: 1 }] }),
    ],
    [
      'an own __proto__ key',
      () => JSON.parse(`{"__proto__": 1, ${JSON.stringify(base()).slice(1)}`),
    ],
    [
      'a title it inherits',
      () => Object.assign(Object.create({ title: 'Inherited' }), { ...base(), title: undefined }),
    ],
    [
      'a title it inherits, not enumerable',
      () => {
        const own = base();
        delete own.title;
        return Object.assign(
          Object.create(Object.defineProperty({}, 'title', { value: 'T' })),
          own,
        );
      },
    ],
    [
      'an unknown key, and a title it inherits',
      () => {
        const own = base();
        own.note = 'x';
        delete own.title;
        return Object.assign(
          Object.create(Object.defineProperty({}, 'title', { value: 'T' })),
          own,
        );
      },
    ],
    ['no prototype', () => Object.assign(Object.create(null), base())],
    [
      'an array without a prototype',
      () => ({ ...base(), actors: Object.setPrototypeOf(['a'], null) }),
    ],
    [
      'an Array subclass',
      () => ({ ...base(), actors: Object.setPrototypeOf(['a'], class extends Array {}.prototype) }),
    ],
    [
      'a hole',
      () => {
        const actors: string[] = [];
        actors[1] = 'a';
        return { ...base(), actors };
      },
    ],
    [
      'one account',
      () => ({
        ...base(),
        disagreements: [{ about: 'x', accounts: [{ source: 's', says: 'y', quote: 'z' }] }],
      }),
    ],
    ['a title zod would trim', () => ({ ...base(), title: 'A title ' })],
    ['a title of spaces', () => ({ ...base(), title: '\u00a0' })],
    [
      'an infinite figure',
      () => ({
        ...base(),
        figures: [
          {
            metric: 'accounts',
            actor: 'a',
            value: Infinity,
            qualifier: 'over',
            citation: { source: 's', quote: 'q' },
          },
        ],
      }),
    ],
    [
      'a negative zero figure',
      () => ({
        ...base(),
        figures: [
          {
            metric: 'accounts',
            actor: 'a',
            value: -0,
            qualifier: 'over',
            citation: { source: 's', quote: 'q' },
          },
        ],
      }),
    ],
  ])('%s', (_name, make) => {
    agreesWithZod(make());
  });

  it('returns a clean event itself, and rebuilds one whose date keys are out of order', () => {
    const event = base();
    expect(parseCleanEvent(event)).toBe(event);
    const labelled = base();
    labelled.date = { ...approximate, basis: 'b', label: 'About then' };
    const fast = parseCleanEvent(labelled);
    expect(fast).toBeDefined();
    expect(fast).not.toBe(labelled);
    expect(fast?.actors).toBe(labelled.actors);
    agreesWithZod(labelled);
  });
});

describe('parseEvents (properties)', { timeout: 60_000 }, () => {
  it('gives what z.array(EventSchema) gives, or undefined where it fails', () => {
    const listArb = fc.oneof(fc.array(cleanEventArb, { maxLength: 5 }), fc.array(eventArb));
    fc.assert(
      fc.property(listArb, (items) => {
        const zod = z.array(EventSchema).safeParse(items);
        const fast = parseEvents(items);
        expect(fast).toStrictEqual(zod.success ? zod.data : undefined);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validateStory against the zod-only path (properties)', { timeout: 120_000 }, () => {
  const same = (story: unknown) => {
    // Neither changes its input, so both may read the very same, odd objects included.
    const quick = validateStory(story, 'f.json');
    const reference = validateStoryBySchema(story, 'f.json');
    expect(quick.ok ? quick.data : quick.issues.map(formatIssue)).toStrictEqual(
      reference.ok ? reference.data : reference.issues.map(formatIssue),
    );
    expect(JSON.stringify(quick)).toBe(JSON.stringify(reference));
  };

  it('agrees on valid stories', () => {
    fc.assert(fc.property(validStoryArb, same), { numRuns: 200 });
  });

  it('agrees on stories damaged anywhere, issue for issue', () => {
    fc.assert(
      fc.property(
        validStoryArb,
        fc.array(damageArb, { minLength: 1, maxLength: 3 }),
        (story, damages) => {
          // Mostly in the events, where the quick path differs from zod's.
          for (const d of damages) damage(story.events.length ? story.events : story, d, false);
          same(story);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
