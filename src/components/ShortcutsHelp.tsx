import { useRef } from 'react';
import { DialogClose } from './DialogClose';
import { useModalDialog } from '../hooks/useModalDialog';
import { t } from '../i18n/catalog';
import { TIMELINE_KEYS, type KeyRow } from '../hooks/timelineKeys';

// Keys are named as printed on keyboards, or in words; what they do is in the reader's language.
const labelOf = ({ label }: KeyRow) => ('words' in label ? t(label.words) : label.printed);

/**
 * The keys the page answers (`TIMELINE_KEYS`), in a native modal dialog (focus is trapped and
 * Escape closes it).
 */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('page.shortcuts')}</h2>
      <table className="shortcuts">
        <tbody>
          {TIMELINE_KEYS.map((row) => (
            <tr key={row.does}>
              <th scope="row">
                <kbd>{labelOf(row)}</kbd>
              </th>
              <td>{t(row.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DialogClose onClose={onClose} />
    </dialog>
  );
}
