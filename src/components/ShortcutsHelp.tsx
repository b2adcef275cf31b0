import { useRef } from 'react';
import { useModalDialog } from '../hooks/useModalDialog';

const KEYS: [string, string][] = [
  ['Tab', 'Move between the filter, the zoom controls, the timeline and the details'],
  ['← →', 'Previous / next event (in the timeline)'],
  ['Home / End', 'First / last event'],
  ['Enter or Space', 'Open the event’s sources'],
  ['Escape', 'Close the details and return to the event'],
  ['+ / −', 'Zoom in / out around the focused event'],
  ['0', 'Show the whole story'],
  ['/', 'Search events'],
  ['?', 'Show this help'],
];

/** The list of keys, in a native modal dialog (focus is trapped and Escape closes it). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {KEYS.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" onClick={onClose}>
          Close
        </button>
      </form>
    </dialog>
  );
}
