// Pure builders for the height messages an embedded timeline posts to its parent page.
// One message per host convention, so the same frame resizes under embed.js, Pym.js,
// Datawrapper's responsive-iframe snippet and <amp-iframe> without the host telling us which.
import { HOST_PARAMS, PYM_DELIMITER, readHostId } from '../store/hostParams';

/** `type` of our own message, read by public/embed.js (which duplicates this check). */
export const HEIGHT_MESSAGE_TYPE = 'distillation-timeline:height';

/** Datawrapper key used when neither `dwId` nor a chart id is given. */
export const DEFAULT_CHART_ID = 'distillation-timeline';

/** Our own message, for public/embed.js. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  /** Content height in CSS pixels, a whole number. */
  height: number;
  /** The `embedId` URL parameter echoed back, when embed.js set one. */
  id?: string;
}

/** What `<amp-iframe resizable>` listens for. */
export interface AmpHeightMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** What Datawrapper's responsive-iframe snippet listens for. */
export interface DatawrapperHeightMessage {
  'datawrapper-height': Record<string, number>;
}

export type ParentMessage = string | HeightMessage | AmpHeightMessage | DatawrapperHeightMessage;

/**
 * The string pym.js's `Child#sendHeight` posts: `pymxPYMx<childId>xPYMxheightxPYMx<height>`.
 * `pym.Parent` only accepts it when `childId` is the id it put in the frame's URL.
 */
export function createPymHeightMessage(childId: string, heightPx: number): string {
  return ['pym', childId, 'height', String(heightPx)].join(PYM_DELIMITER);
}

/**
 * Every message to post for a content height of `heightPx`, given the frame's URL parameters.
 * The Pym.js string is only included when the URL has a safe `childId` (which `pym.Parent`
 * adds); the others are harmless to hosts that do not understand them. Ids that are not safe
 * (store/hostParams.ts, part of the table of URL parameters) are never echoed.
 */
export function createHeightMessages(
  heightPx: number,
  params: URLSearchParams,
  chartId?: string,
): ParentMessage[] {
  const height = Math.max(0, Math.ceil(heightPx));
  const messages: ParentMessage[] = [];
  const childId = readHostId(params, HOST_PARAMS.childId);
  if (childId) messages.push(createPymHeightMessage(childId, height));
  const dwId = readHostId(params, HOST_PARAMS.dwId) ?? (chartId || DEFAULT_CHART_ID);
  messages.push({ 'datawrapper-height': { [dwId]: height } });
  messages.push({ sentinel: 'amp', type: 'embed-size', height });
  const own: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
  const embedId = readHostId(params, HOST_PARAMS.embedId);
  if (embedId) own.id = embedId;
  messages.push(own);
  return messages;
}

/** True for our own height message: the right `type` and a finite, non-negative height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height, id } = data as Record<string, unknown>;
  return (
    type === HEIGHT_MESSAGE_TYPE &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height >= 0 &&
    (id === undefined || typeof id === 'string')
  );
}
