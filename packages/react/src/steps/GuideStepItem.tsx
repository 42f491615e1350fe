import type { GuideStep } from '@keylink/contract';
import { ExternalLink } from '../components/ExternalLink';
import { IllustrationButton } from '../components/IllustrationButton';
import { useMessages } from '../flow/WidgetContext';

interface GuideStepItemProps {
  step: GuideStep;
  number: number;
  total: number;
  panelId: string;
  open: boolean;
  toggleRef: (element: HTMLButtonElement | null) => void;
  onToggle: () => void;
  /** Opens the following step; null on the last one. */
  onNext: (() => void) | null;
}

/**
 * One step of the guide as an accordion item: a heading whose button shows or hides the step's
 * picture and text. A closed step renders nothing inside its panel until it opens.
 */
export function GuideStepItem(props: GuideStepItemProps) {
  const { step, number, total, panelId, open, toggleRef, onToggle, onNext } = props;
  const messages = useMessages();
  return (
    <li className="kl-guide-step">
      <h5 className="kl-guide-step-heading">
        <button
          ref={toggleRef}
          type="button"
          className="kl-guide-step-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span className="kl-chevron" aria-hidden="true">
            ▸
          </span>
          <span className="kl-muted">{messages.stepNumber(number, total)}</span>{' '}
          <span className="kl-guide-step-title">{step.title}</span>
        </button>
      </h5>
      {/* A closed panel stays (the toggle controls it) but renders nothing: the guide's first
          paint builds one step's picture, not five. */}
      <div id={panelId} className="kl-guide-step-body" hidden={!open}>
        {open ? (
          <>
            <IllustrationButton illustration={step.illustration} />
            <div>
              <p>{step.text}</p>
              {step.link ? <ExternalLink link={step.link} /> : null}
              {onNext ? (
                <p>
                  <button type="button" className="kl-button kl-button-secondary" onClick={onNext}>
                    {messages.nextStep}
                  </button>
                </p>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
    </li>
  );
}
