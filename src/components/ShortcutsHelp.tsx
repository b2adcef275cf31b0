import { useRef } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';
import { t, type MessageKey } from '../i18n/catalog';

// Keys are named as printed on keyboards; what they do is in the reader's language.
const KEYS: [string | MessageKey, MessageKey][] = [
  ['Tab', 'keys.tab'],
  ['← →', 'keys.arrows'],
  ['keys.homeEndKeys', 'keys.homeEnd'],
  ['keys.enterKeys', 'keys.enter'],
  ['Escape', 'keys.escape'],
  ['+ / −', 'keys.zoom'],
  ['0', 'keys.reset'],
  ['/', 'keys.search'],
  ['?', 'keys.help'],
];
const keyName = (k: string) => (k.startsWith('keys.') ? t(k as MessageKey) : k);

/** The list of keys, in a native modal dialog (focus is trapped and Escape closes it). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('page.shortcuts')}</h2>
      <table className="shortcuts">
        <tbody>
          {KEYS.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{keyName(k)}</kbd>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          {t('dialog.close')}
        </button>
      </form>
    </dialog>
  );
}
