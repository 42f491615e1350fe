import type { LinkSession, LinkWarningCode, Preview as PreviewData } from '@keylink/contract';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Dispatch, FormEvent } from 'react';
import type { LinkApi } from '../api/createLinkApi';
import { toLinkAccountError } from '../api/LinkAccountError';
import type { LinkAccountError } from '../api/LinkAccountError';
import type { LinkAccountEndReason } from '../messages/LinkAccountMessages';
import { ProviderHeader } from '../components/ProviderHeader';
import { Confirm } from '../steps/Confirm';
import { CredentialForm } from '../steps/CredentialForm';
import { Guide } from '../steps/Guide';
import { Preview } from '../steps/Preview';
import { Success } from '../steps/Success';
import { Verifying } from '../steps/Verifying';
import type { Emitter } from './createEmitter';
import type { LinkAction, LinkState } from './linkReducer';
import { maxAutoRetries } from './linkReducer';
import { newIdempotencyKey } from './newIdempotencyKey';
import { useCredentialForm } from './useCredentialForm';
import { useMessages } from './WidgetContext';

export type SessionState = Extract<LinkState, { session: LinkSession }>;

interface SessionStepsProps {
  state: SessionState;
  api: LinkApi;
  dispatch: Dispatch<LinkAction>;
  emitter: Emitter;
  onCancel: () => void;
  onDone?: (() => void) | undefined;
}

/**
 * The steps that need the session. It stays mounted from the guide to success, so the form (and
 * so the key) survives going to verify and back; it is reset once the account is linked.
 */
export function SessionSteps(props: SessionStepsProps) {
  const { state, api, dispatch, emitter, onCancel, onDone } = props;
  const { session } = state;
  const provider = session.provider;
  const messages = useMessages();
  const { form, schema } = useCredentialForm(provider, messages);
  const abortRef = useRef<AbortController | null>(null);
  const confirmingRef = useRef(false);
  const previewReportedRef = useRef<string | null>(null);
  // What the person last submitted, to tell an automatic retry whether the field still holds it.
  const submittedRef = useRef<string | null>(null);
  const snapshot = () => JSON.stringify(form.getValues());

  // The key is read from the form when the request leaves, never passed as mutation variables
  // (which the query client would keep).
  const verify = useMutation({
    mutationFn: ({ signal }: { signal: AbortSignal }) => {
      const { credentials, region } = schema.parse(form.getValues());
      return api.verify({ credentials, ...(region ? { region } : {}) }, signal);
    },
  });
  const confirm = useMutation({
    mutationFn: ({ key, acknowledged }: { key: string; acknowledged: LinkWarningCode[] }) =>
      api.confirm(key, acknowledged.length > 0 ? { acknowledgedWarnings: acknowledged } : {}),
  });

  useEffect(() => () => abortRef.current?.abort(), []);

  const startVerify = (auto = false) => {
    // A second Enter before React re-renders must not send the key twice.
    if (state.step !== 'form' || abortRef.current?.signal.aborted === false) return;
    if (auto) {
      // Only ever resend what the person submitted, and only a few times.
      if (submittedRef.current !== snapshot() || state.autoRetries >= maxAutoRetries) return;
    } else {
      submittedRef.current = snapshot();
    }
    const controller = new AbortController();
    abortRef.current = controller;
    const attempt = state.attempt + 1;
    const region = form.getValues('region') || null;
    dispatch({ type: 'verify_started', auto });
    emitter.emit({ type: 'key_submitted', provider: provider.id, region, attempt });
    verify.mutateAsync({ signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        abortRef.current = null;
        dispatch({ type: 'verify_succeeded', attempt, result });
        const { access, owner } = result.verification;
        emitter.emit({
          type: 'verified',
          provider: provider.id,
          access,
          region: result.verification.region,
          ownerIsAdmin: owner.isAdmin,
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        abortRef.current = null;
        const detail = toLinkAccountError(error);
        dispatch({ type: 'verify_failed', attempt, error: detail });
        markFieldIssues(detail);
        emitter.emit({
          type: 'verification_failed',
          code: detail.code,
          retryAfterSeconds: detail.retryAfterSeconds,
        });
        emitter.error(detail, 'verifying');
      },
    );
  };
  // The server's field issues also go on the fields they name, beside the listed message.
  const markFieldIssues = (error: LinkAccountError) => {
    for (const issue of error.issues) {
      const name = issue.path.replace(/^credentials\./, '');
      if (issue.path === 'region') form.setError('region', { message: issue.message });
      else if (provider.credentialFields.some((field) => field.name === name)) {
        form.setError(`credentials.${name}`, { message: issue.message });
      }
    }
  };
  const submit = (event?: FormEvent) => void form.handleSubmit(() => startVerify())(event);
  const autoRetry = () => void form.handleSubmit(() => startVerify(true))();
  const matchesSubmitted = (values: unknown) => JSON.stringify(values) === submittedRef.current;

  const cancelVerify = () => {
    if (state.step !== 'verifying') return;
    abortRef.current?.abort();
    abortRef.current = null;
    dispatch({ type: 'verify_cancelled', attempt: state.attempt });
  };

  const review = (preview: PreviewData) =>
    dispatch({ type: 'review', preview, idempotencyKey: newIdempotencyKey() });

  const submitConfirm = () => {
    if (state.step !== 'confirm' || confirmingRef.current) return;
    if (state.warnings.length > 0 && !state.acknowledged) return;
    confirmingRef.current = true;
    dispatch({ type: 'confirm_started' });
    const acknowledged = state.acknowledged ? state.warnings.map((warning) => warning.code) : [];
    confirm.mutateAsync({ key: state.idempotencyKey, acknowledged }).then(
      (account) => {
        confirmingRef.current = false;
        // The key has done its job: clear it from the form before the success screen shows.
        form.reset();
        submittedRef.current = null;
        dispatch({ type: 'confirm_succeeded', account });
        emitter.emit({ type: 'confirmed', ...account });
      },
      (error: unknown) => {
        confirmingRef.current = false;
        const detail = toLinkAccountError(error);
        dispatch({ type: 'confirm_failed', error: detail });
        emitter.error(detail, 'confirm');
      },
    );
  };

  const endSession = (reason: LinkAccountEndReason) => dispatch({ type: 'session_ended', reason });

  return (
    <>
      <ProviderHeader session={session} />
      {renderStep()}
    </>
  );

  function renderStep() {
    switch (state.step) {
      case 'guide':
        return (
          <Guide
            session={session}
            focusStep={state.focusStep}
            onContinue={() => dispatch({ type: 'show_form' })}
            onCancel={onCancel}
          />
        );
      case 'form':
        return (
          <CredentialForm
            session={session}
            form={form}
            error={state.error}
            autoRetries={state.autoRetries}
            matchesSubmitted={matchesSubmitted}
            onSubmit={submit}
            onAutoRetry={autoRetry}
            onShowGuide={(focusStep) => dispatch({ type: 'show_guide', focusStep })}
            onCancel={onCancel}
          />
        );
      case 'verifying':
        return <Verifying provider={provider.name} onCancel={cancelVerify} />;
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
