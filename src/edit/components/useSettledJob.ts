import { useEffect, useRef, useState } from 'react';
import { createCheckRunner } from '../checkOffThread';
import type { CheckJob, CheckResult } from '../checkJob';
import { PAUSE_MS } from '../bigStory';

/**
 * The last finished whole-story job and what it was run on: run at once, then again whenever
 * `inputs` (compared by reference, key by key) have rested `PAUSE_MS`, one job at a time in a
 * worker of its own. Null until the first one ends, or while `active` is false.
 */
export function useSettledJob<I extends Record<string, unknown>>(
  active: boolean,
  inputs: I,
  job: (inputs: I) => CheckJob,
): { inputs: I; result: CheckResult } | null {
  const [done, setDone] = useState<{ inputs: I; result: CheckResult } | null>(null);
  const running = useRef(false);
  const runner = useRef<ReturnType<typeof createCheckRunner> | null>(null);
  useEffect(() => () => runner.current?.stop(), []);
  const same = done !== null && Object.keys(inputs).every((k) => done.inputs[k] === inputs[k]);
  const values = Object.values(inputs);
  useEffect(() => {
    if (!active || same || running.current) return;
    const t = window.setTimeout(
      () => {
        running.current = true;
        runner.current ??= createCheckRunner();
        void runner.current.run(job(inputs)).then((result) => {
          running.current = false;
          setDone({ inputs, result });
        });
      },
      done ? PAUSE_MS : 0,
    );
    return () => window.clearTimeout(t);
    // `inputs` is a fresh object each render: its values are what change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, same, done, ...values]);
  return active ? done : null;
}
