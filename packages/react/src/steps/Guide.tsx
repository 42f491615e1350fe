import type { LinkSession } from '@keylink/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { ExternalLink } from '../components/ExternalLink';
import { StepHeading } from '../components/StepHeading';
import { SupportContact } from '../components/SupportContact';
import { useMessages } from '../flow/WidgetContext';
import { GuideStepItem } from './GuideStepItem';

interface GuideProps {
  session: LinkSession;
  /** A 1-based step to open and focus (coming back from an error that points at it). */
  focusStep: number | null;
  onContinue: () => void;
  onCancel: () => void;
}

/**
 * The provider's guide, compact: a shortcut to the field for someone who already has a key, the
 * prerequisites folded, the steps opened one at a time (the first to start with), what will sync.
 */
export function Guide({ session, focusStep, onContinue, onCancel }: GuideProps) {
  const messages = useMessages();
  const { provider } = session;
  const id = useId();
  const [openStep, setOpenStep] = useState(focusStep ?? 1);
  const toggles = useRef<(HTMLButtonElement | null)[]>([]);
  const total = provider.guide.length;
  const continueLabel =
    session.mode === 'reconnect' ? messages.guideContinueReconnect : messages.guideContinue;

  // The guide mounts afresh each time it is shown, so the step to focus is already the open one.
  useEffect(() => {
    if (focusStep !== null) toggles.current[focusStep - 1]?.focus();
  }, [focusStep]);

  const openNext = (step: number) => {
    setOpenStep(step + 1);
    toggles.current[step]?.focus();
  };

  return (
    <div className="kl-step kl-guide">
      <StepHeading>{messages.guideHeading}</StepHeading>
      <p className="kl-shortcut">
        <span>{messages.guideShortcut}</span>{' '}
        <button type="button" className="kl-button kl-button-secondary" onClick={onContinue}>
          {messages.guidePasteIt}
          <span aria-hidden="true"> →</span>
        </button>
      </p>
      {provider.notices.length > 0 ? (
        <details className="kl-section kl-disclosure">
          <summary className="kl-section-title">{messages.prerequisitesHeading}</summary>
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
        </details>
      ) : null}
      <section className="kl-section">
        <h4 className="kl-section-title">{messages.stepsHeading}</h4>
        <ol className="kl-guide-steps">
          {provider.guide.map((step, index) => (
            <GuideStepItem
              key={index}
              step={step}
              number={index + 1}
              total={total}
              panelId={`${id}-step-${index + 1}`}
              open={openStep === index + 1}
              toggleRef={(element) => {
                toggles.current[index] = element;
              }}
              onToggle={() => setOpenStep((current) => (current === index + 1 ? 0 : index + 1))}
              onNext={index + 1 < total ? () => openNext(index + 1) : null}
            />
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
            <SupportContact support={provider.support} />
          </li>
        </ul>
      </section>
      <div className="kl-actions">
        <button type="button" className="kl-button kl-button-primary" onClick={onContinue}>
          {continueLabel}
        </button>
        <button type="button" className="kl-button kl-button-ghost" onClick={onCancel}>
          {messages.cancel}
        </button>
      </div>
    </div>
  );
}
