/**
 * The English words of what the page loads after its first view (the list, the guided story,
 * the event's record and its sources, the campaign chart, the download and embed dialogs, the
 * error page): they come with that code. Every module that names one imports `../englishLater`,
 * which adds them to the catalog (tests/i18n/englishLater.test.ts checks).
 */
export const later = {
  // Errors
  'error.problems': {
    one: 'The story file has {n} problem, listed below for whoever publishes this page.',
    other: 'The story file has {n} problems, listed below for whoever publishes this page.',
  },
  'error.more': '…and {n} more.',

  // Timeline
  'timeline.empty': 'No events match the filter. Choose “All” to show every event.',
  'timeline.gap': '{duration} later',
  'timeline.gapAbout': 'about {duration} later',

  // Details
  'details.sources': 'Sources ({n})',
  'details.differ': 'The sources differ',
  'details.source': 'Source',
  'details.says': 'Says',

  // Sources
  'source.undated': 'Undated',
  'source.read': 'Read the source',
  'source.alsoSupports': 'This source also supports:',
  'source.more': 'Show {more} more ({n} not listed)',
  'source.translation': 'Our translation ({language}):',

  // Figures
  'figure.undisclosed': 'not disclosed',
  'figure.unitUndisclosed': '{unit} not disclosed',
  'figure.differ': '{text} (the accounts differ)',
  'figure.accountsUnit': { one: 'account', other: 'accounts' },

  // Guided story
  'story.label': 'Guided story',
  'story.progress': 'Step {step} of {n}',
  'story.previous': '← Previous',
  'story.next': 'Next →',
  'story.explore': 'Explore freely',

  // List
  'list.events': 'Events',
  'list.more': 'Show {count} more of {n} remaining',

  // Shortcuts
  'dialog.close': 'Close',

  // Campaign chart
  'chart.title': 'How big were the campaigns?',
  'chart.dek':
    'Exchanges with the targeted models, as dots on a log scale: each gridline is ten times the one before.',
  'chart.fewer': 'Show the {n} largest only',
  'chart.all': 'Show all {n} campaigns',
  'chart.note':
    'A dot marks the figure a source gives; an arrow after it means the source says “over” that number. “Not disclosed”: no document gives it. Choose a row to see its event.',
  'chart.empty':
    'The actor filter hides every campaign in this chart. Choose “All” under Filter by actor to compare them.',
  'chart.row': '{actor}{accounts}: {amount}. Show the event',
  'chart.exchanges': '{value} exchanges',
  'chart.undisclosed': 'exchanges not disclosed',

  // Download
  'export.switch': 'Switch to the timeline view to download an image.',
  'export.preparing': 'Preparing the image…',
  'export.saved': 'Saved {file}.',
  'export.failed': 'The file could not be made.',
  'export.noDraw': 'This browser cannot draw the image.',
  'export.noPng': 'This browser cannot encode PNG.',
  'export.noImage': 'Images show the timeline: switch to Timeline to download one.',
  'export.noData': 'No events match the filter, so there is no data to download.',
  'export.allActors': 'All actors',
  'export.noActors': 'No actors shown',
  'export.actorsShown': 'Actors shown: {names}',
  'export.sources': 'Sources: {names}.',
  'export.outletMissing': 'outlet not stated',

  // Embed dialog
  'embed.title': 'Embed this timeline',
  'embed.intro':
    'The code shows the current view: filters, selected event, visible dates. Choose what the frame shows; the code and the preview follow.',
  'embed.show': 'Show',
  'embed.height': 'Height',
  'embed.fits': 'Fits its content',
  'embed.fixed': 'Fixed',
  'embed.fixedPx': 'Fixed height in pixels',
  'embed.look': 'Look',
  'embed.theme': 'Theme',
  'embed.light': 'Light',
  'embed.dark': 'Dark',
  'embed.auto': 'Follow the reader’s device',
  'embed.plain': 'Plain (no title or credit line)',
  'embed.transparent': 'Transparent background (your page shows through)',
  'embed.transparentNote':
    'On a transparent background, pick the theme that matches your page: Dark on a dark page.',
  'embed.language': 'Language',
  'embed.font': 'Font',
  'embed.fontDefault': 'Serif headlines, sans-serif text',
  'embed.fontSerif': 'Serif',
  'embed.fontSans': 'Sans-serif',
  'embed.fontSystem': 'The reader’s system font',
  'embed.accent': 'Accent colour (hex, e.g. 0a58a8)',
  'embed.script': 'Script embed (self-sizing)',
  'embed.iframe': 'Iframe only',
  'embed.copyScript': 'Copy script embed (self-sizing)',
  'embed.copyIframe': 'Copy iframe only',
  'embed.amp': 'AMP',
  'embed.copyAmp': 'Copy AMP',
  // The AMP frame's button that opens it to its full height, in the newsroom's page.
  'embed.ampExpand': 'Show the whole timeline',
  'embed.image': 'Image only',
  'embed.copyImage': 'Copy image only',
  'embed.imageNote':
    'A picture of the opening view (every event, nothing selected) for Apple News, newsletters and print: no script, no frame. It links to the interactive timeline.',
  'embed.editorBefore': 'Another story for this timeline?',
  'embed.editorLink': 'Write it in the story editor',
  'embed.editorAfter': ', in the browser, with no account.',
  'embed.copied': 'Copied',
  'embed.copiedLong': 'Copied to the clipboard',
  'embed.previewWidth': 'Preview width',
  'embed.fullWidth': 'Full width',
  'embed.preview': 'Preview: {title}',
} as const;
