// The cast of every generated story: actor groups, the actors, and the sources events cite.
// Fixed, so that only the events vary with the size and seed.

export const GROUPS = [
  { id: 'labs', label: 'AI labs', color: '#0072B2' },
  { id: 'accused', label: 'Accused labs', color: '#C0500A' },
  { id: 'government', label: 'Governments', color: '#00795A' },
  { id: 'industry', label: 'Industry peers', color: '#B0508C' },
  { id: 'press', label: 'The press', color: '#8A6200' },
];

export const ACTORS = [
  { id: 'northwind', name: 'Northwind AI', group: 'labs' },
  { id: 'bluepeak', name: 'Bluepeak Labs', group: 'labs' },
  {
    id: 'redriver',
    name: 'Redriver Models',
    group: 'accused',
    people: [{ name: 'Lin Hao', role: 'Chief executive' }],
  },
  { id: 'stonegate', name: 'Stonegate AI', group: 'accused' },
  { id: 'kestrel', name: 'Kestrel Compute', group: 'accused' },
  { id: 'commerce', name: 'Commerce Department', group: 'government' },
  {
    id: 'senate',
    name: 'Senate',
    group: 'government',
    people: [{ name: 'Sen. A. Example', role: 'Banking Committee' }, { name: 'Sen. B. Example' }],
  },
  { id: 'eu-commission', name: 'European Commission', group: 'government' },
  { id: 'orbital', name: 'Orbital Systems', group: 'industry' },
  { id: 'meridian', name: 'Meridian Cloud', group: 'industry' },
  { id: 'daily-ledger', name: 'The Daily Ledger', group: 'press' },
  { id: 'wire-service', name: 'Global Wire', group: 'press' },
];

export const SOURCES = [
  {
    id: 'ledger-report',
    outlet: 'The Daily Ledger',
    title: 'Labs trade accusations over model extraction',
    date: '2026-03-02',
    url: 'https://example.org/ledger/extraction',
    description: 'A news report on the accusations and the replies.',
  },
  {
    id: 'wire-brief',
    outlet: 'Global Wire',
    title: 'Regulators weigh limits on model access',
    date: '2025-11-14',
    url: 'https://example.org/wire/limits',
    description: 'A wire brief on the regulatory response.',
  },
  {
    id: 'lab-blog',
    outlet: 'Northwind AI',
    title: 'What we found in our traffic',
    date: '2026-02-20',
    url: 'https://example.org/northwind/blog',
    description: "A lab's own account of the campaigns it detected.",
  },
  {
    id: 'undated-analysis',
    outlet: null,
    title: null,
    date: null,
    url: null,
    description: 'An undated analysis that names no outlet or title.',
  },
  {
    id: 'hearing-transcript',
    outlet: 'Senate Banking Committee',
    title: 'Hearing on AI model security',
    date: '2024-06-11',
    url: 'https://example.org/senate/hearing',
    description: 'The transcript of a committee hearing.',
  },
  {
    id: 'eu-notice',
    outlet: 'European Commission',
    title: 'Notice on general-purpose AI models',
    date: '2023-09-30',
    url: null,
    description: 'An official notice; the copy we hold has no link.',
  },
];
