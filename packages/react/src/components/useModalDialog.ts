import { useEffect, useRef } from 'react';
import type { KeyboardEvent, SyntheticEvent } from 'react';

/**
 * Drives a native <dialog> from an `open` flag: showModal() traps focus, makes the page inert and
 * handles Escape; on close, focus returns to what had it before. `onRequestClose` is called for
 * Escape; the owner decides whether `open` turns false.
 */
export function useModalDialog(open: boolean, onRequestClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = dialog.ownerDocument.activeElement;
      openerRef.current = active instanceof HTMLElement ? active : null;
      dialog.showModal();
      // Browsers focus the first focusable element; make sure focus is inside in any case.
      if (!dialog.contains(dialog.ownerDocument.activeElement)) {
        const first = dialog.querySelector<HTMLElement>(
          'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
        );
        (first ?? dialog).focus();
      }
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // Closing by unmounting still gives focus back.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
      openerRef.current?.focus();
    };
  }, []);

  // React passes `close` and `cancel` up its own tree: a nested dialog's must not act here.
  const onClose = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (event.target !== event.currentTarget) return;
    const opener = openerRef.current;
    openerRef.current = null;
    opener?.focus();
  };
  // Escape: the browser fires `cancel`; keep the dialog in step with `open` instead of letting it
  // close on its own.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    onRequestClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onRequestClose();
  };

  return { ref, dialogProps: { onClose, onCancel, onKeyDown } };
}
