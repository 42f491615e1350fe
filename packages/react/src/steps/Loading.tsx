import { useMessages } from '../flow/WidgetContext';

/** A skeleton while the session loads. */
export function Loading() {
  const messages = useMessages();
  return (
    <div className="kl-loading" aria-busy="true">
      <p className="kl-sr-only" role="status">
        {messages.loading}
      </p>
      <div className="kl-skeleton kl-skeleton-title" aria-hidden="true" />
      <div className="kl-skeleton" aria-hidden="true" />
      <div className="kl-skeleton" aria-hidden="true" />
      <div className="kl-skeleton kl-skeleton-short" aria-hidden="true" />
    </div>
  );
}
