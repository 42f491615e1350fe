import type { ProviderDescriptor } from '@keylink/contract';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { Dispatch, FormEvent } from 'react';
import type { LinkApi } from '../api/createLinkApi';
import { toLinkAccountError } from '../api/LinkAccountError';
import type { LinkAccountError } from '../api/LinkAccountError';
import type { Emitter } from './createEmitter';
import { maxAutoRetries } from './linkReducer';
import type { LinkAction, SessionState } from './linkReducer';
import type { CredentialForm, CredentialSchema } from './useCredentialForm';

interface VerifyKeyOptions {
  state: SessionState;
  api: LinkApi;
  dispatch: Dispatch<LinkAction>;
  emitter: Emitter;
  provider: ProviderDescriptor;
  form: CredentialForm;
  schema: CredentialSchema;
}

/**
 * Sends the key for checking: once per submit (a second Enter never sends it twice), cancellable,
 * and retried automatically after a rate limit only while the form still holds exactly what the
 * person submitted, at most `maxAutoRetries` times.
 */
export function useVerifyKey(options: VerifyKeyOptions) {
  const { state, api, dispatch, emitter, provider, form, schema } = options;
  const abortRef = useRef<AbortController | null>(null);
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

  return {
    submit: (event?: FormEvent) => void form.handleSubmit(() => startVerify())(event),
    autoRetry: () => void form.handleSubmit(() => startVerify(true))(),
    matchesSubmitted: (values: unknown) => JSON.stringify(values) === submittedRef.current,
    cancel: () => {
      if (state.step !== 'verifying') return;
      abortRef.current?.abort();
      abortRef.current = null;
      dispatch({ type: 'verify_cancelled', attempt: state.attempt });
    },
    /** Forgets what was submitted (the key has been linked and the form cleared). */
    forgetSubmitted: () => {
      submittedRef.current = null;
    },
  };
}
