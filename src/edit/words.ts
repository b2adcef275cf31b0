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
  showAllProblems: 'Show every problem at its field',
  opening: (file: string) => `Opening ${file}…`,
  saveAsFile: 'Save draft as a file',
  saveFailedTitle: 'This draft is not saved in this browser',
  saveFailedBody: (reason: string) =>
    `The browser refused to store it (${reason}). Your latest changes are only on this page: save the draft as a file to keep them.`,
  openElsewhereTitle: 'This draft is open in another tab',
  openElsewhereBody:
    'It is edited there, and shown here as it is saved, so the two tabs never write over each other.',
  takenOverTitle: 'This draft is now edited in another tab',
  takenOverBody:
    'Your changes up to now are saved; what you see here follows the other tab. Take it back to edit here.',
  editHere: 'Edit here instead',
  openCopy: 'Open a copy here',
  copyName: (name: string) => `${name} (copy)`,
  checkingWhole: 'Checking the whole story…',
  eventAdded: (n: number) => `Event ${n} added: write its title.`,
  quickAdded: (title: string, n: number) =>
    `Added “${title}” as event ${n}. Type the next one here, or choose it in the table to write the rest.`,
  newStory: 'New story',
} as const;
