import type { FieldProblem } from '../checks';
import type { Story } from '../../data/schema';
import { getAt, setAt } from '../path';
import { fieldId, useEditor, useProblems } from './context';

/** One field of the story, bound by its path: what a form needs to show and change it. */
export interface BoundField<T> {
  /** The path the validator names: `events[0].title`. */
  path: string;
  /** The input's DOM id, from the path. */
  id: string;
  value: T;
  /** Writes a new value (`undefined` leaves an optional field out); one undo step per field. */
  set: (value: T | undefined) => void;
  /** The problems at this path, once shown (`useProblems`). */
  problems: FieldProblem[];
}

/** Writes `value` at `path` of the draft's story, as the undo step named by the path. */
export function useSetAt(): (path: string, value: unknown, step?: string) => void {
  const edit = useEditor((s) => s.edit);
  return (path, value, step = path) => edit(step, (s: Story) => setAt(s, path, value));
}

/**
 * The story's value at `path`, a setter for it and its problems: the path is written once, and
 * reading, writing, the undo step and the problems all follow from it.
 */
export function useField<T = string>(path: string): BoundField<T> {
  const value = useEditor((s) => getAt(s.history.present.story, path)) as T;
  const setAtPath = useSetAt();
  const problems = useProblems(path);
  return { path, id: fieldId(path), value, set: (v) => setAtPath(path, v), problems };
}
