import type { Story } from '../data/schema';
import { checkDraft, type FieldProblem } from './checks';
import { previewStory, type Previewable } from './previewStory';
import type { Translations } from './translations';
import {
  createStoryJoiner,
  decodeEvents,
  encodeEvents,
  encodeEventsInSteps,
  eventBatches,
  storyHead,
  type StoryHead,
} from './storyPieces';

/** A whole-story job for the checks' worker (`checkWorker.ts`, started by `checkOffThread.ts`). */
export type CheckJob =
  | { kind: 'checks'; story: Story; texts: Record<string, string>; translations: Translations }
  | { kind: 'preview'; story: Story; translations: Translations; lang: string | undefined };

export type CheckResult =
  | { kind: 'checks'; errors: FieldProblem[]; warnings: FieldProblem[] }
  | { kind: 'preview'; preview: Previewable };

/**
 * A job as posted: its story's events as UTF-8 bytes made from their kept texts
 * (`storyPieces.ts`), transferred to the worker, where a 5 MB story of objects would be walked
 * and cloned on the page's thread.
 */
export type PostedJob = Omit<CheckJob, 'story'> & { head: StoryHead; events: Uint8Array };

/**
 * A result as posted: a preview's story comes as its head, then its events' texts in batches
 * (`storyPieces.ts`), each read on the page in a task of its own.
 */
export type PostedResult =
  | { kind: 'checks'; errors: FieldProblem[]; warnings: FieldProblem[] }
  | { kind: 'preview'; preview: Previewable; count: number }
  | { kind: 'events'; batch: string[] };

export function postedJob(job: CheckJob): PostedJob {
  const { story, ...rest } = job;
  return { ...rest, head: storyHead(story), events: encodeEvents(story.events) };
}

/** `postedJob`, its events written in steps of a few milliseconds (`encodeEventsInSteps`). */
export async function postedJobInSteps(job: CheckJob): Promise<PostedJob> {
  const { story, ...rest } = job;
  return { ...rest, head: storyHead(story), events: await encodeEventsInSteps(story.events) };
}

export function jobOf(posted: PostedJob): CheckJob {
  const { head, events, ...rest } = posted;
  return { ...rest, story: { ...head.story, events: decodeEvents(events) } } as CheckJob;
}

export function postedResults(result: CheckResult): PostedResult[] {
  if (result.kind === 'checks') return [result];
  if (!result.preview.ok) return [{ ...result, count: 0 }];
  const head = storyHead(result.preview.story);
  return [
    { kind: 'preview', preview: { ...result.preview, story: head.story }, count: head.count },
    ...eventBatches(result.preview.story.events).map((batch): PostedResult => ({
      kind: 'events',
      batch,
    })),
  ];
}

/** Takes a job's posted results in order; `add` returns the result with the last one. */
export function createResultJoiner(): { add: (posted: PostedResult) => CheckResult | null } {
  let preview: Extract<Previewable, { ok: true }> | null = null;
  let joiner: ReturnType<typeof createStoryJoiner> | null = null;
  const done = (story: Story | null): CheckResult | null =>
    preview && story ? { kind: 'preview', preview: { ...preview, story } } : null;
  return {
    add: (posted) => {
      if (posted.kind === 'checks') return posted;
      if (posted.kind === 'events') return joiner ? done(joiner.add(posted.batch)) : null;
      if (!posted.preview.ok) return { kind: 'preview', preview: posted.preview };
      preview = posted.preview;
      joiner = createStoryJoiner({ story: posted.preview.story, count: posted.count });
      return done(joiner.start());
    },
  };
}

/** Runs a job where it is: in the worker, or on the page where workers cannot start. */
export function runJob(job: CheckJob): CheckResult {
  if (job.kind === 'preview')
    return { kind: 'preview', preview: previewStory(job.story, job.translations, job.lang) };
  const { errors, warnings } = checkDraft(job.story, job.texts, job.translations);
  return { kind: 'checks', errors, warnings };
}
