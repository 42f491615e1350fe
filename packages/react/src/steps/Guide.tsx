import type { LinkSession } from '@keylink/contract';
import { useEffect, useRef } from 'react';
import { ExternalLink } from '../components/ExternalLink';
import { IllustrationButton } from '../components/IllustrationButton';
import { StepHeading } from '../components/StepHeading';
import { useMessages } from '../flow/WidgetContext';

interface GuideProps {
  session: LinkSession;
  /** A 1-based step to bring into focus (coming back from an error that points at it). */
  focusStep: number | null;
  onContinue: () => void;
  onCancel: () => void;
}

/** The provider's guide: what is needed first, numbered steps with pictures, what will sync. */
export function Guide({ session, focusStep, onContinue, onCancel }: GuideProps) {
  const messages = useMessages();
  const { provider } = session;
  const stepsRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusStep === null) return;
    const item = stepsRef.current?.children[focusStep - 1];
    if (item instanceof HTMLElement) item.focus();
  }, [focusStep]);

  return (
    <div className="kl-step kl-guide">
      <StepHeading>{messages.guideHeading}</StepHeading>
      {provider.notices.length > 0 ? (
        <section className="kl-section">
          <h4 className="kl-section-title">{messages.prerequisitesHeading}</h4>
          <ul className="kl-notices">
            {/* Descriptor lists are static: their positions are stable keys, titles may repeat. */}
            {provider.notices.map((notice, index) => (
              <li key={index} className={`kl-notice kl-notice-${notice.kind}`}>
                <p className="kl-notice-title">
                  <span className="kl-badge">{messages.noticeKinds[notice.kind]}</span>{' '}
                  {notice.title}
                </p>
                <p>{notice.text}</p>
                {notice.link ? <ExternalLink link={notice.link} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="kl-section">
        <h4 className="kl-section-title">{messages.stepsHeading}</h4>
        <ol ref={stepsRef} className="kl-guide-steps">
          {provider.guide.map((step, index) => (
            <li key={index} className="kl-guide-step" tabIndex={-1}>
              <IllustrationButton illustration={step.illustration} />
              <div>
                <p className="kl-muted">{messages.stepNumber(index + 1, provider.guide.length)}</p>
                <p className="kl-guide-step-title">{step.title}</p>
                <p>{step.text}</p>
                {step.link ? <ExternalLink link={step.link} /> : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
      {provider.syncedData.length > 0 ? (
        <section className="kl-section">
          <h4 className="kl-section-title">{messages.syncedDataHeading}</h4>
          <ul className="kl-synced">
            {provider.syncedData.map((item) => (
              <li key={item.id}>
                <strong>{item.label}</strong>: {item.description}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="kl-section">
        <h4 className="kl-section-title">{messages.helpHeading}</h4>
        <ul className="kl-help">
          {provider.helpLinks.map((link, index) => (
            <li key={index}>
              <ExternalLink link={link} />
            </li>
          ))}
          <li>
            {messages.contactSupport(provider.support.label)}{' '}
            <a className="kl-link" href={`mailto:${provider.support.email}`}>
              {provider.support.email}
            </a>
          </li>
        </ul>
      </section>
      <div className="kl-actions">
        <button type="button" className="kl-button kl-button-primary" onClick={onContinue}>
          {session.mode === 'reconnect' ? messages.guideContinueReconnect : messages.guideContinue}
        </button>
        <button type="button" className="kl-button kl-button-ghost" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </div>
  );
}
