import { checkDraft } from './checks';
import { previewStory } from './previewStory';
import type { CheckJob, CheckResult } from './checkOffThread';

/*
 * The whole story's check and the preview's, off the page's thread: at 5,000 events each takes
 * seconds, and typing must not wait for them (`checkOffThread.ts` sends the jobs).
 */
self.onmessage = (e: MessageEvent<CheckJob>) => {
  const job = e.data;
  let result: CheckResult;
  if (job.kind === 'checks') {
    const { errors, warnings } = checkDraft(job.story, job.texts, job.translations);
    result = { kind: 'checks', errors, warnings };
  } else result = { kind: 'preview', preview: previewStory(job.story, job.translations, job.lang) };
  self.postMessage(result);
};
