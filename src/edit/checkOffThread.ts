import type { Story } from '../data/schema';
import { checkDraft, type FieldProblem } from './checks';
import { previewStory, type Previewable } from './previewStory';
import type { Translations } from './translations';

/** A whole-story job for the checks' worker (`checkWorker.ts`). */
export type CheckJob =
  | { kind: 'checks'; story: Story; texts: Record<string, string>; translations: Translations }
  | { kind: 'preview'; story: Story; translations: Translations; lang: string | undefined };

export type CheckResult =
  | { kind: 'checks'; errors: FieldProblem[]; warnings: FieldProblem[] }
  | { kind: 'preview'; preview: Previewable };

function onPage(job: CheckJob): CheckResult {
  if (job.kind === 'preview')
    return { kind: 'preview', preview: previewStory(job.story, job.translations, job.lang) };
  const { errors, warnings } = checkDraft(job.story, job.texts, job.translations);
  return { kind: 'checks', errors, warnings };
}

/**
 * A worker that runs one whole-story job at a time, for a big story: one per kind of job, so
 * the checks and the preview run side by side. Where workers cannot start (or fail to), the
 * job runs on the page after a task, as before.
 */
export function createCheckRunner(): {
  run: (job: CheckJob) => Promise<CheckResult>;
  stop: () => void;
} {
  let worker: Worker | null = null;
  let broken = typeof Worker !== 'function';
  return {
    run: (job) =>
      new Promise<CheckResult>((resolve) => {
        const fallback = () => setTimeout(() => resolve(onPage(job)), 0);
        if (broken) return void fallback();
        worker ??= new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (e: MessageEvent<CheckResult>) => resolve(e.data);
        worker.onerror = (e) => {
          e.preventDefault();
          broken = true;
          worker?.terminate();
          worker = null;
          fallback();
        };
        worker.postMessage(job);
      }),
    stop: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
