import type { ProviderDescriptor } from '@keylink/contract';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { LinkAccountError } from '../api/LinkAccountError';
import { useWidget } from '../flow/WidgetContext';
import { SupportContact } from './SupportContact';

interface ErrorNoticeProps {
  error: LinkAccountError;
  /** The provider's name, for messages that mention it. */
  provider: string;
  /** Who to write to: shown under every error, so the person is never stuck. */
  support?: ProviderDescriptor['support'] | undefined;
  /** The guide step where the credential is made, for messages that point back to it. */
  guideStep?: number | null;
  /** Whether the provider has regions, for messages that mention choosing one. */
  hasRegions?: boolean;
  /** Actions or a countdown shown under the message. */
  children?: ReactNode;
}

/**
 * What went wrong and what to do, from the catalogue (never the raw server text, which is not
 * translated). An alert, so it is announced, and focused when the person caused it.
 */
export function ErrorNotice(props: ErrorNoticeProps) {
  const { error, provider, support, guideStep = null, hasRegions = false, children } = props;
  const { messages, takeFocus } = useWidget();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) takeFocus(ref.current);
  }, [error, takeFocus]);
  const text = messages.errors[error.code]({
    provider,
    guideStep,
    hasRegions,
    retryAfterSeconds: error.retryAfterSeconds,
    account: error.account,
  });
  return (
    <div ref={ref} className="kl-alert" role="alert" tabIndex={-1}>
      <p className="kl-alert-title">{messages.errorHeading}</p>
      <p>{text}</p>
      {error.issues.length > 0 ? (
        <ul className="kl-alert-issues">
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path ? `${issue.path}: ` : ''}
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
      {support ? (
        <p className="kl-muted">
          <SupportContact support={support} />
        </p>
      ) : null}
      {error.requestId ? (
        <p className="kl-muted">{messages.errorReference(error.requestId)}</p>
      ) : null}
    </div>
  );
}
