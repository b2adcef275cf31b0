// The words generated events are made of: titles and summaries read "who verb object, clause";
// approximate dates give a basis, events an attribution.

export const VERBS = [
  'discloses',
  'accuses',
  'denies',
  'restricts',
  'reports on',
  'responds to',
  'investigates',
  'meets with',
  'writes to',
  'announces',
  'limits',
  'publishes',
];
export const OBJECTS = [
  'a distillation campaign',
  'model access',
  'export controls',
  'a security review',
  'fraudulent accounts',
  'a new policy',
  'its traffic logs',
  'the allegations',
  'a draft bill',
  'usage limits',
  'a settlement',
  'a joint statement',
];
export const CLAUSES = [
  'citing internal logs',
  'after weeks of talks',
  'in a letter to lawmakers',
  'according to people familiar with the matter',
  'in a filing',
  'at a press briefing',
  'in a statement posted online',
  'without naming a date',
];
export const BASES = [
  'A later document says "two months before".',
  'An undated article says "earlier this month".',
  'The filing says "in the weeks before the hearing".',
  'A report says "late that spring".',
];
export const ATTRIBUTIONS = [
  'Reported by The Daily Ledger',
  'Northwind AI says',
  'Reported by Global Wire',
];
