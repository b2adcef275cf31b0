import { useEffect, type RefObject } from 'react';

/**
 * Opens a native <dialog> as a modal (focus trapped, Escape closes) while `open` is true.
 * jsdom has no showModal; there the dialog is simply marked open.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) d.close?.();
  }, [ref, open]);
}
