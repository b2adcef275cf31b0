/**
 * The English words the first view shows (it is in the page's first download): every other
 * English message is in `later.ts`, loaded with the code that shows it. Together they are the
 * reference catalog, `messages/en.ts`.
 */
export const firstView = {
  // The page
  'page.skip': 'Skip to the timeline',
  'page.controls': 'Timeline controls',
  'page.view': 'View',
  'page.timeline': 'Timeline',
  'page.list': 'List',
  'page.storyStart': 'Start the story',
  'page.storyShort': 'Story',
  'page.zoomShare': 'Zoom and share',
  'page.download': 'Download',
  'page.embed': 'Embed',
  'page.shortcuts': 'Keyboard shortcuts',
  'page.loading': 'Loading the story…',
  'page.loadingLabel': 'Loading the story',
  'page.language': 'Language',
  /** Shown under the dek when the story has no text in the reader's language. */
  'page.storyLanguages': 'This story is in {languages}.',
  /** One language in that list: `{name}` as Intl names it ("German", "allemand"). */
  'page.storyLanguage': '{name}',
  'notice.linkSettings':
    'Some link settings were not understood ({problems}), so defaults are shown.',
  'notice.languageNotLoaded':
    'The page could not switch to {language}: its words could not be downloaded. Check your connection and try again.',
  'notice.unknownLanguage': 'The language “{code}” is not available, so the page is in English.',
  'notice.dismiss': 'Dismiss notice',
  'url.quote': '“{name}”',
  'url.unknownActor': 'unknown actor {names}',
  'url.unknownEvent': 'unknown event {name}',
  'url.dates': 'the visible dates (from, to) are not both dates as YYYY-MM-DD',
  'url.fromTo': '“from” ({from}) is not before “to” ({to})',
  'url.step': {
    one: 'story step {name} (this story has {n} step)',
    other: 'story step {name} (this story has {n} steps)',
  },
  'url.scale': 'unknown time scale {name} (linear, breaks or sequence)',
  'url.theme': 'unknown theme {name}',
  'url.part': 'unknown part {names}',
  'url.height': 'height {name} (a whole number of px, at least 360)',
  'url.accent': 'accent colour {name} (a hex colour such as 0a58a8)',
  'url.accentContrast':
    'accent colour {name}: contrast {ratio}:1 on the background, and text needs at least 4.5:1',
  'url.font': 'unknown font {name} (serif, sans or system)',
  'url.switch': '{key} {name} (use {on})',

  // Errors
  'error.title': 'This story could not be shown',
  'error.noStory': 'this page carries no story',
  'meta.title': '{title} — a sourced timeline',
  'reload.text':
    'Part of this page could not be downloaded: the connection may have dropped, or the site was updated while the page was open.',
  'reload.button': 'Reload',

  // Summary and status
  'status.all': { one: 'All {n} event, {range}.', other: 'All {n} events, {range}.' },
  'status.some': {
    one: '{shown} of the {n} event in view, {range}.',
    other: '{shown} of the {n} events in view, {range}.',
  },
  'status.hidden': 'The actor filter hides {n}.',
  'status.selected': 'Selected: {title}.',

  // Search
  'search.label': 'Find an event',
  'search.placeholder': 'Find an event  ( / )',
  'search.matches': { one: '{n} match', other: '{n} matches' },
  'search.none': 'No matches',
  'search.failed': 'Search could not load: type again, or reload the page.',
  'search.results': 'Matching events',
  'search.more': '…and {n} more, highlighted on the timeline',

  // Actors
  'actors.all': 'Actors: all {n}',
  'actors.some': 'Actors: {on} of {n}',
  'actors.allShort': 'Actors ({n})',
  'actors.someShort': 'Actors ({on}/{n})',
  'actors.legend': 'Filter by actor',
  'actors.shown': {
    one: '({shown} of {n} event shown)',
    other: '({shown} of {n} events shown)',
  },
  'actors.allButton': 'All',
  'actors.none': 'None',
  'actors.events': { one: 'event', other: 'events' },
  'actors.only': 'only',
  'actors.onlyLabel': 'only {name}',
  'actors.lanes': 'Lanes by actor',

  // Zoom and scale
  'zoom.group': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.level': 'Zoom level',
  'zoom.showing': 'Showing {range}',
  'zoom.all': 'Show all',
  'scale.label': 'Time scale',
  'scale.breaks': 'Quiet stretches shortened',
  'scale.linear': 'True to time',
  'scale.sequence': 'Evenly spaced',

  // Timeline
  'timeline.label': 'Timeline',
  'timeline.overview': 'Overview of the whole story',
  'timeline.window': 'Visible window',
  'timeline.hidden':
    'No events match the filter ({n} hidden). Choose an actor above, or “All” to show every event.',
  'timeline.cluster': {
    one: '{n} more event, {range}; show them',
    other: '{n} more events, {range}; show them',
  },
  'timeline.shortened': '{duration}, shortened',
  'timeline.about': 'about {duration}',
  'timeline.ctrlZoom': 'Use Ctrl + scroll to zoom',
  /**
   * An event mark's name for screen readers: its date as shown, its title, `{rest}` (what the
   * shown date leaves out, as `mark.rest`, or nothing), who says so, and the actors.
   */
  'mark.name': '{date} {title}{rest}. {attribution}. {actors}',
  'mark.rest': ', {rest}',

  // Durations
  'duration.minute': { one: '{n} minute', other: '{n} minutes' },
  'duration.hour': { one: '{n} hour', other: '{n} hours' },
  'duration.day': { one: '{n} day', other: '{n} days' },
  'duration.week': { one: '{n} week', other: '{n} weeks' },
  'duration.month': { one: '{n} month', other: '{n} months' },
  'duration.year': { one: '{n} year', other: '{n} years' },

  // Dates
  'date.about': 'about {date}',
  'date.to': ' to ',
  /** A spoken range in its language's frame: "du {range}" gives "du 22 avril au 5 juin". */
  'date.spokenRange': '{range}',
  'date.day': 'known to the day',
  'date.time': 'known to the minute',
  'date.year': 'known to the year',
  'date.month': 'known to the month',
  'date.range': 'a span with known ends',
  'date.approximate': 'approximate',

  // Details
  'details.label': 'Event details',
  'details.emptyCompact': 'Select an event to read what happened and its sources.',
  'details.empty':
    'Select an event on the timeline to read what happened and the exact words of the sources that report it.',
  'details.basis': 'How this date is known: {basis}',
  'details.actors': 'Actors:',
  'details.close': 'Close details',
  'details.allSources': { one: 'All {n} source', other: 'All {n} sources' },

  // Sources
  'source.outletMissing': 'Outlet not stated',
  'source.untitled': 'Untitled document',
  'source.ofDate': 'A document of {date}',
  'source.undatedDoc': 'An undated document',
  'source.neither': '{when}; neither its outlet nor its title is named',
  'source.noOutlet': '{when}; the outlet is not named',
  'source.noTitle': '{when}; its title is not given',

  // Figures
  'figure.over': 'over {n}',
  'figure.about': 'about {n}',
  'figure.roughly': 'roughly {n}',
  'figure.nearly': 'nearly {n}',
  'figure.exchanges': 'exchanges',
  'figure.accounts': 'accounts',

  // Footer
  'footer.full': 'Full timeline ↗',
  'footer.updated': 'Updated {date}',
  'footer.corrections': { one: '{n} correction', other: '{n} corrections' },
  'footer.sources': 'Sources:',
  'footer.undated': 'undated',
  /** Between an outlet, a title and a date in the list of sources. */
  'footer.partSep': ', ',
  /** Between two sources in that list, and after the last. */
  'footer.sourceSep': '; ',
  'footer.end': '.',
  'footer.correction': 'Correction, {date}: {text}',

  // Shortcuts
  'keys.tab': 'Move between the filter, the zoom controls, the timeline and the details',
  'keys.arrows': 'Previous / next event (in the timeline)',
  'keys.homeEnd': 'First / last event',
  'keys.homeEndKeys': 'Home / End',
  'keys.enter': 'Open the event’s sources',
  'keys.enterKeys': 'Enter or Space',
  'keys.escape': 'Close the details and return to the event',
  'keys.zoom': 'Zoom in / out around the focused event',
  'keys.reset': 'Show the whole story',
  'keys.search': 'Search events',
  'keys.help': 'Show this help',

  // Download
  'export.svg': 'Download image (SVG)',
  'export.png': 'Download image (PNG)',
  'export.json': 'Download data (JSON)',
  'export.csv': 'Download data (CSV)',

  // Embed dialog
  'embed.part.title': 'Title',
  'embed.part.controls': 'Controls',
  'embed.part.timeline': 'Timeline',
  'embed.part.overview': 'Overview strip',
  'embed.part.details': 'Chosen event',
  'embed.part.chart': 'Campaign chart',
  'embed.part.footer': 'Credit line',
} as const;
