import { jobOf, postedResults, runJob, type PostedJob } from './checkJob';

/*
 * The whole story's check and the preview's, off the page's thread: at 5,000 events each takes
 * seconds, and typing must not wait for them (`checkOffThread.ts` sends the jobs, and reads the
 * answers, in pieces).
 */
self.onmessage = (e: MessageEvent<PostedJob>) => {
  for (const posted of postedResults(runJob(jobOf(e.data)))) self.postMessage(posted);
};
