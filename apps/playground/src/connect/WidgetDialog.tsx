import { LinkAccountDialog } from '@keylink/react';
import type { LinkAccountProps } from '@keylink/react';

interface WidgetDialogProps {
  props: LinkAccountProps;
  onClose: () => void;
}

/**
 * The widget as a modal. It is mounted once the backend has made a session, so it opens at
 * once; closing it unmounts it, and focus goes back to the button that opened it.
 */
export function WidgetDialog({ props, onClose }: WidgetDialogProps) {
  return (
    <LinkAccountDialog
      {...props}
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    />
  );
}
