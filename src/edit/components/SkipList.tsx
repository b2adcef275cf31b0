import type { MouseEvent } from 'react';
import { fieldId } from './context';
import { words } from '../words';

const nav = words.app.nav;
/** Where the skip list goes: an element's id, focused (and scrolled to) when chosen. */
const TARGETS = [
  { id: fieldId('title'), label: nav.story },
  { id: 'ed-events-heading', label: nav.events },
  { id: 'ed-quick-date', label: words.quickAdd.label },
  { id: 'ed-publish-heading', label: nav.publish },
  { id: 'ed-preview-heading', label: nav.preview },
] as const;

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

function go(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  // A heading takes focus only when told to; the next Tab then goes on from it.
  if (!el.matches(FOCUSABLE)) el.tabIndex = -1;
  el.focus();
  el.scrollIntoView({ block: 'start' });
}

/**
 * The first thing Tab reaches on the editor's page: links to its sections and to the quick-add
 * row, so a keyboard need not walk through the toolbar and every field before them. Shown when
 * one of them has focus.
 */
export function SkipList() {
  return (
    <nav aria-label={words.skipTo} className="ed-skip">
      {TARGETS.map((t) => (
        <a key={t.id} href={`#${t.id}`} onClick={(e) => go(e, t.id)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
