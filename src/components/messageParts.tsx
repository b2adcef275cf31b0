import { Fragment, type ReactNode } from 'react';
import { t } from '../i18n/catalog';
import type { MessageKey } from '../i18n/messages/en';

/**
 * A catalog message with some placeholders filled by elements rather than text, so that a run
 * in another language or direction (an English basis inside an Arabic sentence) can be isolated
 * in its own `<bdi>` and keep its full stop at its own end.
 */
export function messageParts(key: MessageKey, nodes: Record<string, ReactNode>): ReactNode[] {
  // Each placeholder becomes a marker no message contains, then the marker is swapped back.
  const names = Object.keys(nodes);
  const marked = t(key, Object.fromEntries(names.map((n, i) => [n, `\u0000${i}\u0000`])));
  return marked
    .split('\u0000')
    .map((part, i) =>
      i % 2 === 1 ? <Fragment key={i}>{nodes[names[Number(part)] ?? ''] ?? null}</Fragment> : part,
    );
}
