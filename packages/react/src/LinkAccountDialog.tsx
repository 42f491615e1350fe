import { useRef } from 'react';
import { LinkAccountRoot } from './LinkAccount';
import type { LinkAccountProps } from './LinkAccount';
import type { LinkAccountExit } from './events';
import { useModalDialog } from './components/useModalDialog';
import { en } from './locales/en';
import { resolveMessages } from './messages/resolveMessages';

export interface LinkAccountDialogProps extends LinkAccountProps {
  /** Whether the dialog is shown. The widget inside starts afresh each time it opens. */
  open: boolean;
  /**
   * Called with `false` when the person closes the dialog (Escape, the close button, or Cancel
   * inside the widget). The host sets `open` accordingly.
   */
  onOpenChange: (open: boolean) => void;
}

/**
 * The widget in a modal dialog (the native <dialog>): focus moves in when it opens and stays in,
 * the page behind is inert, Escape closes it, and focus returns where it was.
 *
 * @example
 * const [open, setOpen] = useState(false);
 * <button onClick={() => setOpen(true)}>Connect Lattice</button>
 * <LinkAccountDialog open={open} onOpenChange={setOpen} sessionToken={token}
 *   serverUrl="https://keylink.example.com" onSuccess={save} />
 */
export function LinkAccountDialog({ open, onOpenChange, ...props }: LinkAccountDialogProps) {
  const exitRef = useRef<(() => void) | null>(null);
  const closingRef = useRef(false);
  const requestClose = () => {
    closingRef.current = true;
    exitRef.current?.();
    closingRef.current = false;
    onOpenChange(false);
  };
  const { ref, dialogProps } = useModalDialog(open, requestClose);
  const locale = props.locale ?? en;
  const messages = resolveMessages(locale, props.messages);
  const onExit = (exit: LinkAccountExit) => {
    props.onExit?.(exit);
    // Cancel inside the widget closes the dialog; an end state stays visible until closed.
    if (exit.reason === 'cancelled' && !closingRef.current) onOpenChange(false);
  };

  return (
    <dialog
      ref={ref}
      className="kl-dialog"
      aria-label={messages.widgetLabel}
      lang={locale.tag}
      {...dialogProps}
    >
      {open ? (
        <LinkAccountRoot
          {...props}
          onExit={onExit}
          exitRef={exitRef}
          onDone={requestClose}
          toolbar={
            <button
              type="button"
              className="kl-dialog-close"
              aria-label={messages.close}
              onClick={requestClose}
            >
              <span aria-hidden="true">×</span>
            </button>
          }
        />
      ) : null}
    </dialog>
  );
}
