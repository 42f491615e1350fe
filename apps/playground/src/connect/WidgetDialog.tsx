import { LinkAccount } from '@keylink/react';
import { useEffect, useRef } from 'react';
import type { ReturnTypeOfWidgetProps } from './types';

interface WidgetDialogProps {
  props: ReturnTypeOfWidgetProps;
  onClose: () => void;
}

/** Placeholder until the widget's own dialog lands. */
export function WidgetDialog({ props, onClose }: WidgetDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  return (
    <dialog ref={ref} onClose={onClose} aria-label="Connect Lattice">
      <LinkAccount sessionToken={props.sessionToken} serverUrl={props.serverUrl} />
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
