import { useCallback, useState } from 'react';
import type { ReactElement } from 'react';
import type { LinkAccountProps } from './LinkAccount';
import { LinkAccountDialog } from './LinkAccountDialog';

export interface UseLinkAccountResult {
  /** Opens the dialog (call it from a click, so focus can return to that button). */
  open: () => void;
  close: () => void;
  isOpen: boolean;
  /** The dialog element: render it anywhere in your tree. */
  dialog: ReactElement;
}

/**
 * The widget as a modal you open from your own button.
 *
 * @example
 * const link = useLinkAccount({ sessionToken, serverUrl, onSuccess: save });
 * return <><button onClick={link.open}>Connect Lattice</button>{link.dialog}</>;
 */
export function useLinkAccount(options: LinkAccountProps): UseLinkAccountResult {
  const [isOpen, setOpen] = useState(false);
  const open = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  const dialog = <LinkAccountDialog {...options} open={isOpen} onOpenChange={setOpen} />;
  return { open, close, isOpen, dialog };
}
