import type { Preview as PreviewData } from '@keylink/contract';
import { useRef, useState } from 'react';
import type { Dispatch, ReactNode } from 'react';
import type { LinkApi } from '../api/createLinkApi';
import type { LinkAccountEndReason } from '../messages/LinkAccountMessages';
import { ProviderHeader } from '../components/ProviderHeader';
import { Confirm } from '../steps/Confirm';
import { CredentialForm } from '../steps/CredentialForm';
import { Guide } from '../steps/Guide';
import { Preview } from '../steps/Preview';
import { Success } from '../steps/Success';
import { Verifying } from '../steps/Verifying';
import type { Emitter } from './createEmitter';
import type { LinkAction, SessionState } from './linkReducer';
import { newIdempotencyKey } from './newIdempotencyKey';
import { useConfirmLink } from './useConfirmLink';
import { useCredentialForm } from './useCredentialForm';
import { useVerifyKey } from './useVerifyKey';
import { useMessages } from './WidgetContext';

interface SessionStepsProps {
  state: SessionState;
  api: LinkApi;
  dispatch: Dispatch<LinkAction>;
  emitter: Emitter;
  onCancel: () => void;
  onDone?: (() => void) | undefined;
}

/**
 * The steps that need the session, under the provider's header. The guide is shown on its own
 * until the person first leaves it: the credential form (react-hook-form, its schema) and the
 * verify and confirm mutations are only set up then, so the guide's first paint builds none of
 * them. From then on they stay mounted to success, so the form (and so the key) survives going
 * back to the guide and to verify and back; they are reset once the account is linked.
 */
export function SessionSteps(props: SessionStepsProps) {
  const { state, dispatch, onCancel } = props;
  const { session } = state;
  const [formStarted, setFormStarted] = useState(state.step !== 'guide');
  // Adjusting state while rendering (React's pattern for state derived from props): the form
  // starts the first time the step leaves the guide, and stays.
  if (!formStarted && state.step !== 'guide') setFormStarted(true);
  const guide =
    state.step === 'guide' ? (
      <Guide
        session={session}
        focusStep={state.focusStep}
        onContinue={() => dispatch({ type: 'show_form' })}
        onCancel={onCancel}
      />
    ) : null;
  return (
    <>
      <ProviderHeader session={session} />
      {formStarted || state.step !== 'guide' ? <FormSteps {...props} guide={guide} /> : guide}
    </>
  );
}

/** Every step once the form has started, the guide included (shown again from the form). */
function FormSteps(props: SessionStepsProps & { guide: ReactNode }) {
  const { state, api, dispatch, emitter, onCancel, onDone } = props;
  const { session } = state;
  const provider = session.provider;
  const messages = useMessages();
  const { form, schema } = useCredentialForm(provider, messages);
  const previewReportedRef = useRef<string | null>(null);
  const verifyKey = useVerifyKey({ state, api, dispatch, emitter, provider, form, schema });
  const submitConfirm = useConfirmLink({
    state,
    api,
    dispatch,
    emitter,
    // The key has done its job: clear it from the form before the success screen shows.
    onLinked: () => {
      form.reset();
      verifyKey.forgetSubmitted();
    },
  });

  const review = (preview: PreviewData) =>
    dispatch({ type: 'review', preview, idempotencyKey: newIdempotencyKey() });

  const endSession = (reason: LinkAccountEndReason) => dispatch({ type: 'session_ended', reason });

  return renderStep();

  function renderStep() {
    switch (state.step) {
      case 'guide':
        return props.guide;
      case 'form':
        return (
          <CredentialForm
            session={session}
            form={form}
            error={state.error}
            autoRetries={state.autoRetries}
            matchesSubmitted={verifyKey.matchesSubmitted}
            onSubmit={verifyKey.submit}
            onAutoRetry={verifyKey.autoRetry}
            onShowGuide={(focusStep) => dispatch({ type: 'show_guide', focusStep })}
            onCancel={onCancel}
          />
        );
      case 'verifying':
        return <Verifying provider={provider.name} onCancel={verifyKey.cancel} />;
      case 'preview':
        return (
          <Preview
            key={state.attempt}
            api={api}
            session={session}
            attempt={state.attempt}
            result={state.result}
            reportedRef={previewReportedRef}
            emitter={emitter}
            onContinue={review}
            onEditKey={() => dispatch({ type: 'edit_key' })}
            onSessionEnded={endSession}
            onCancel={onCancel}
          />
        );
      case 'confirm':
        return (
          <Confirm
            session={session}
            verification={state.verification}
            preview={state.preview}
            link={state.link}
            warnings={state.warnings}
            acknowledged={state.acknowledged}
            onAcknowledge={(acknowledged) => dispatch({ type: 'acknowledge', acknowledged })}
            submitting={state.submitting}
            error={state.error}
            onConfirm={submitConfirm}
            onBack={() => dispatch({ type: 'back_to_preview' })}
            onCancel={onCancel}
          />
        );
      case 'success':
        return <Success session={session} linked={state.linked} onDone={onDone} />;
    }
  }
}
