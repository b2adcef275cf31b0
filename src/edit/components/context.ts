import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DraftChecks, FieldProblem } from '../checks';
import type { EditorState, EditorStore } from '../store';
import type { TabClaim } from '../tabClaim';

export const EditorContext = createContext<EditorStore | null>(null);
/** This tab's claim on the open draft; none in tests, where every tab edits. */
export const ClaimContext = createContext<TabClaim | null>(null);
export const ChecksContext = createContext<DraftChecks | null>(null);

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore needs an <EditorContext.Provider>');
  return store;
}

export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

const NONE: FieldProblem[] = [];

/** The problems at exactly this path, once its field was touched or every problem shows. */
export function useProblems(path: string): FieldProblem[] {
  const shown = useEditor((s) => s.showAll || s.touched.has(fieldId(path)));
  const problems = useContext(ChecksContext)?.byPath.get(path) ?? NONE;
  return shown ? problems : NONE;
}

/** A DOM id for a field from its JSON path: `events[2].date.end` → `f-events-2-date-end`. */
export const fieldId = (path: string) =>
  `f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
