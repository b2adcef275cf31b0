import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A disclosure that behaves like a popover: a press outside or Escape closes it, and Escape
 * returns focus to its button. The panel stays in the DOM (hidden) so labels inside it exist.
 */
export function usePopover<B extends HTMLElement = HTMLButtonElement>() {
  const [open, setOpen] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<B>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Escape' || !open) return;
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    },
    [open],
  );
  return { open, setOpen, wrapRef, buttonRef, onKeyDown };
}
