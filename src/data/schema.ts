import './zodConfig';
import { z } from 'zod';
import {
  Day,
  DayOrTime,
  DayTime,
  Id,
  LangTag,
  Local,
  Month,
  Text,
  Year,
  type Resolved,
} from './schemaFields';
import { isTimeZone } from './isTimeZone';
import { MediaSchema } from './mediaSchema';

/**
 * When something happened, with the precision the documents give.
 * - `time`: known to the minute (`2025-03-14T10:42`), on the story's clock (`timeZone`).
 * - `day`: known to the day.
 * - `month`: only the month is known ("In February").
 * - `year`: only the year is known ("1951").
 * - `range`: a span with known ends ("between April 22 and June 5"); either end may be a minute.
 * - `approximate`: derived from relative wording ("two months before", "earlier this month");
 *   `start`–`end` is the window the wording allows, `basis` says how it was derived.
 * A `day`, `month` or `range` we inferred (a year the documents leave out, one account's day
 * given to another that has none) says so too: an optional `basis`, shown to readers, and an
 * optional `label` that matches it ("February 2026 (year assumed)").
 */
export const EventDateSchema = z.discriminatedUnion('precision', [
  z.strictObject({
    precision: z.literal('time'),
    date: DayTime,
    label: Local(80).optional(),
    basis: Local(400).optional(),
  }),
  z.strictObject({
    precision: z.literal('day'),
    date: Day,
    label: Local(80).optional(),
    basis: Local(400).optional(),
  }),
  z.strictObject({
    precision: z.literal('month'),
    month: Month,
    label: Local(80).optional(),
    basis: Local(400).optional(),
  }),
  z.strictObject({
    precision: z.literal('year'),
    year: Year,
    label: Local(80).optional(),
    basis: Local(400).optional(),
  }),
  z.strictObject({
    precision: z.literal('range'),
    start: DayOrTime,
    end: DayOrTime,
    label: Local(80).optional(),
    basis: Local(400).optional(),
  }),
  z.strictObject({
    precision: z.literal('approximate'),
    start: Day,
    end: Day,
    label: Local(80).optional(),
    basis: Local(400),
  }),
]);
export type EventDateFile = z.infer<typeof EventDateSchema>;
/**
 * A date as the app renders it. A date with a time of day carries the story's `timeZone` (set
 * when the story is resolved, `localText.ts`), so it is written on the story's clock.
 */
export type EventDate = Resolved<EventDateFile> & { zone?: string };

/** Words copied verbatim from a source document, with the source's id. */
export const CitationSchema = z.strictObject({
  source: Id,
  /** Verbatim, in the document's own language: never translated in place. */
  quote: Text(2000),
  /** Our translations of the quote, by language; shown below it, labelled as ours. */
  translations: z.record(LangTag, Text(2000)).optional(),
});
export type CitationFile = z.infer<typeof CitationSchema>;
export type Citation = Resolved<CitationFile>;

/** Where sources give different accounts of the same thing. */
export const DisagreementSchema = z.strictObject({
  about: Local(120),
  accounts: z
    .array(
      z.strictObject({
        source: Id,
        says: Local(300),
        quote: Text(2000),
        /** Our translations of the quote, as on a citation. */
        translations: z.record(LangTag, Text(2000)).optional(),
      }),
    )
    .min(2, 'a disagreement needs at least two accounts'),
});
export type DisagreementFile = z.infer<typeof DisagreementSchema>;
export type Disagreement = Resolved<DisagreementFile>;

/** A number the documents give (or do not give) about an event, such as a campaign's size. */
export const FigureSchema = z.strictObject({
  metric: z.enum(['exchanges', 'accounts']),
  actor: Id,
  /** `null` when no document gives it: shown as "not disclosed", never as 0. */
  value: z.number().positive().nullable(),
  /**
   * `roughly` and `nearly` keep a document's own word; `about` is ours. Two figures for the same
   * actor and metric whose documents word them differently are shown together: "roughly /
   * nearly 25,000 (the accounts differ)".
   */
  qualifier: z.enum(['exact', 'over', 'about', 'roughly', 'nearly', 'not-disclosed']),
  citation: CitationSchema,
});
export type FigureFile = z.infer<typeof FigureSchema>;
export type Figure = Resolved<FigureFile>;

export const EVENT_KINDS = [
  'disclosure',
  'campaign',
  'letter',
  'government-action',
  'legislation',
  'report',
  'meeting',
  'industry',
  'statement',
] as const;

export const EventSchema = z.strictObject({
  id: Id,
  title: Local(140),
  summary: Local(1200),
  date: EventDateSchema,
  actors: z.array(Id).min(1, 'an event needs at least one actor'),
  kind: z.enum(EVENT_KINDS),
  /** Who asserts it, in the reader's words: "Anthropic says", "Reported by CNBC". */
  attribution: Local(160),
  citations: z.array(CitationSchema).min(1, 'every event needs at least one quoted source'),
  disagreements: z.array(DisagreementSchema).optional(),
  figures: z.array(FigureSchema).optional(),
  media: MediaSchema.optional(),
});
/** An event as the file holds it (texts may be in several languages). */
export type EventFile = z.infer<typeof EventSchema>;
export type TimelineEvent = Omit<Resolved<EventFile>, 'date'> & { date: EventDate };

export const ActorSchema = z.strictObject({
  id: Id,
  name: Local(80),
  group: Id,
  people: z.array(z.strictObject({ name: Text(80), role: Text(160).optional() })).optional(),
});
export type Actor = Resolved<z.infer<typeof ActorSchema>>;

export const ActorGroupSchema = z.strictObject({
  id: Id,
  label: Local(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb'),
});
export type ActorGroup = Resolved<z.infer<typeof ActorGroupSchema>>;

/** A document the story quotes, described only by what it says about itself. */
export const SourceSchema = z.strictObject({
  id: Id,
  /** `null` when the document does not name its outlet. */
  outlet: Text(80).nullable(),
  title: Text(200).nullable(),
  date: Day.nullable(),
  url: z.string().max(2000).nullable(),
  /** Our one-line description of the document. */
  description: Local(300),
});
export type Source = Resolved<z.infer<typeof SourceSchema>>;

export const AnnotationSchema = z.strictObject({
  /** The events the note spans: placed between the earliest and the latest. */
  events: z.array(Id).min(1),
  text: Local(120),
});
export type Annotation = Resolved<z.infer<typeof AnnotationSchema>>;

export const StoryStepSchema = z.strictObject({ event: Id, caption: Local(400) });
export type StoryStep = Resolved<z.infer<typeof StoryStepSchema>>;

export const StorySchema = z.strictObject({
  $schema: z.string().optional(),
  /** The language the story is written in: the default for readers, and the fallback. */
  language: LangTag.optional(),
  title: Local(160),
  dek: Local(400),
  credit: Local(200),
  published: Day.optional(),
  updated: Day.optional(),
  corrections: z.array(z.strictObject({ date: Day, text: Local(400) })).optional(),
  groups: z.array(ActorGroupSchema).min(1),
  actors: z.array(ActorSchema).min(1),
  sources: z.array(SourceSchema).min(1),
  events: z.array(EventSchema),
  annotations: z.array(AnnotationSchema).optional(),
  steps: z.array(StoryStepSchema).optional(),
  /**
   * The clock the story's times are written on and shown in, an IANA name (`Europe/Berlin`);
   * without it, UTC. Days, months and years are calendar dates and have no zone.
   */
  timeZone: z
    .string()
    .refine(isTimeZone, {
      error: (iss) =>
        `${JSON.stringify(iss.input)} is not a time zone: write an IANA name such as "Europe/Berlin" or "America/New_York"`,
    })
    .optional(),
  /** The time scale the story opens in; without it the app picks one. */
  scale: z.enum(['linear', 'breaks', 'sequence']).optional(),
});
/** A story file as written: texts may be maps of language to text. */
export type StoryFile = z.infer<typeof StorySchema>;
/** A story resolved to one language: what the app renders. */
export type Story = Omit<Resolved<StoryFile>, 'events'> & { events: TimelineEvent[] };
