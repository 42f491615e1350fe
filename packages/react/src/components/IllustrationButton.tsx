import type { Illustration } from '@keylink/contract';
import { useState } from 'react';
import { useMessages } from '../flow/WidgetContext';
import { illustrationSrc } from './illustrationSrc';
import { useModalDialog } from './useModalDialog';

/** A guide picture as a thumbnail; a click (or Enter) shows it large in a modal dialog. */
export function IllustrationButton({ illustration }: { illustration: Illustration }) {
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  const { ref, dialogProps } = useModalDialog(open, () => setOpen(false));
  const src = illustrationSrc(illustration);
  return (
    <>
      <button
        type="button"
        className="kl-thumb"
        aria-label={messages.enlargeIllustration(illustration.alt)}
        onClick={() => setOpen(true)}
      >
        <img src={src} alt={illustration.alt} loading="lazy" decoding="async" />
      </button>
      <dialog ref={ref} className="kl-lightbox" aria-label={illustration.alt} {...dialogProps}>
        {open ? (
          <>
            <img className="kl-lightbox-image" src={src} alt={illustration.alt} />
            <button
              type="button"
              className="kl-button kl-button-secondary"
              onClick={() => setOpen(false)}
            >
              {messages.close}
            </button>
          </>
        ) : null}
      </dialog>
    </>
  );
}
