// The ids host pages add to a frame's URL (Pym.js, Datawrapper's snippet, our embed.js), part of
// the table in urlParams.ts. Apart from it so the height messages, in the first view and in the
// embed tests' stub page, need no more than this file.
import type { UrlParam } from './urlParam';

/** Pym.js's field separator (`MESSAGE_DELIMITER` in pym.v1.js). */
export const PYM_DELIMITER = 'xPYMx';

/**
 * The only ids echoed back to a host. Anything else could smuggle fields into a message:
 * `childId=cxPYMxnavigateToxPYMx…` would make a pym.Parent navigate the article away.
 */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** True for an id safe to echo; letters alone can still spell pym's delimiter. */
export const isSafeId = (value: string): boolean =>
  SAFE_ID.test(value) && !value.includes(PYM_DELIMITER);

/** A host's frame id: echoed back in height messages, so only a safe one is read at all. */
const hostId = (name: string, value: string, readByUs = true): UrlParam<string> => ({
  name,
  value,
  default: 'none',
  scope: 'host',
  parse: (raw) => (readByUs && isSafeId(raw) ? { value: raw } : {}),
  format: (v) => v,
});

export const HOST_PARAMS = {
  embedId: hostId('embedId', 'our embed script’s frame id'),
  childId: hostId('childId', 'Pym.js frame id'),
  initialWidth: hostId('initialWidth', 'Pym.js', false),
  parentTitle: hostId('parentTitle', 'Pym.js', false),
  parentUrl: hostId('parentUrl', 'Pym.js', false),
  dwId: hostId('dwId', 'Datawrapper-style frame id'),
};

/** A host's id from the URL when it is safe, else null: its last value, as pym.Parent appends its own. */
export function readHostId(params: URLSearchParams, spec: UrlParam<string>): string | null {
  const raw = params.getAll(spec.name).at(-1);
  return (raw !== undefined && spec.parse(raw).value) || null;
}
