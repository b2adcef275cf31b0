import {
  createResultJoiner,
  postedJobInSteps,
  runJob,
  type CheckJob,
  type CheckResult,
  type PostedResult,
} from './checkJob';

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
        const fallback = () => setTimeout(() => resolve(runJob(job)), 0);
        if (broken) return void fallback();
        worker ??= new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
        const joiner = createResultJoiner();
        worker.onmessage = (e: MessageEvent<PostedResult>) => {
          const result = joiner.add(e.data);
          if (result) resolve(result);
        };
        worker.onerror = (e) => {
          e.preventDefault();
          broken = true;
          worker?.terminate();
          worker = null;
          fallback();
        };
        // Written for the worker in steps, so the page answers meanwhile.
        void postedJobInSteps(job).then((posted) =>
          worker?.postMessage(posted, [posted.events.buffer]),
        );
      }),
    stop: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
