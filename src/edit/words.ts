/**
 * The editor's own words for what keeps a draft safe: damaged drafts, two tabs, drafts saved as
 * files, sizes. The editor is a newsroom tool and speaks English, but its words live here, in
 * one catalog, so a translation can follow without hunting through the components.
 */
export const words = {
  damagedTitle: (name: string) => `The draft “${name}” could not be opened`,
  damagedBody: (problem: string) =>
    `${problem[0]?.toUpperCase() ?? ''}${problem.slice(1)}. Its stored text is kept: download it to keep it safe or to repair it, then start afresh.`,
  downloadRaw: 'Download the draft as stored',
  deleteDamaged: 'Delete it from this browser',
  dismiss: 'Close this message',
  crashTitle: 'The editor stopped on this draft',
  crashBody: (message: string) =>
    `It met something it cannot show (${message}). The draft is still stored in this browser, as it was at the last change.`,
  startAfresh: 'Start afresh',
  untitled: 'Untitled draft',
} as const;
