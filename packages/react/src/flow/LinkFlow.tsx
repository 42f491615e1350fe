import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { LinkApi } from '../api/createLinkApi';
import { toLinkAccountError } from '../api/LinkAccountError';
import type { LinkAccountError } from '../api/LinkAccountError';
import { EndState } from '../steps/EndState';
import { LoadFailed } from '../steps/LoadFailed';
import { Loading } from '../steps/Loading';
import { createEmitter } from './createEmitter';
import type { LinkCallbacks } from './createEmitter';
import { initialLinkState, linkReducer } from './linkReducer';
import { RenderFailureBoundary } from './RenderFailureBoundary';
import type { LinkStep } from './linkReducer';
import { SessionSteps } from './SessionSteps';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

interface LinkFlowProps {
  api: LinkApi;
  callbacks: LinkCallbacks;
  exitRef?: RefObject<(() => void) | null> | undefined;
  onDone?: (() => void) | undefined;
}

/**
 * Runs the flow's state machine: loads the session, reports steps, exits and success to the
 * host, and renders the current step. Events come from handlers or from effects guarded by the
 * state's `visit`, so StrictMode's doubled effects never double them.
 */
export function LinkFlow({ api, callbacks, exitRef, onDone }: LinkFlowProps) {
  const [state, dispatch] = useReducer(linkReducer, initialLinkState);
  const queryClient = useQueryClient();
  const [emitter] = useState(createEmitter);
  const stepRef = useRef<LinkStep>(state.step);
  const openedRef = useRef(false);
  const viewedRef = useRef(-1);
  const settledRef = useRef(-1);
  const apiRef = useRef(api);
  const hasSessionRef = useRef(false);

  useIsomorphicLayoutEffect(() => {
    emitter.setCallbacks(callbacks);
    stepRef.current = state.step;
    hasSessionRef.current = state.step !== 'loading' && state.step !== 'load_failed';
  });

  // A new api means a new language (the token and server key the whole flow): the session is
  // fetched again so the provider's words follow, while the step and the typed key stay.
  useEffect(() => {
    if (apiRef.current === api) return;
    apiRef.current = api;
    if (!hasSessionRef.current) return;
    const controller = new AbortController();
    api.getSession(controller.signal).then(
      (session) => dispatch({ type: 'session_localized', session }),
      // The words stay in the previous language; the flow itself is unharmed.
      () => {},
    );
    return () => controller.abort();
  }, [api]);

  // Layout effects run before any child's passive effect: `opened` and `step_viewed` come first.
  useIsomorphicLayoutEffect(() => {
    if (!openedRef.current) {
      openedRef.current = true;
      emitter.emit({ type: 'opened' });
    }
    if (viewedRef.current !== state.visit) {
      viewedRef.current = state.visit;
      emitter.emit({ type: 'step_viewed', step: state.step });
    }
  }, [emitter, state.visit, state.step]);

  useEffect(() => {
    if (state.step !== 'loading') return;
    let live = true;
    // fetchQuery shares one request between StrictMode's two runs of this effect.
    queryClient
      .fetchQuery({
        queryKey: ['keylink', 'link-session'],
        queryFn: ({ signal }) => api.getSession(signal),
        staleTime: 0,
      })
      .then(
        (session) => {
          if (live) dispatch({ type: 'session_loaded', session });
        },
        (error: unknown) => {
          if (!live) return;
          const detail = toLinkAccountError(error);
          dispatch({ type: 'session_failed', error: detail });
          emitter.error(detail, 'loading');
        },
      );
    return () => {
      live = false;
    };
  }, [api, emitter, queryClient, state.step]);

  useEffect(() => {
    if (settledRef.current === state.visit) return;
    if (state.step === 'ended') {
      settledRef.current = state.visit;
      emitter.exit({ reason: state.reason, step: state.from });
    } else if (state.step === 'success') {
      settledRef.current = state.visit;
      const { accountId, provider, mode } = state.account;
      emitter.success({ accountId, provider, mode });
    }
  }, [emitter, state]);

  const cancel = useCallback(() => {
    // Leaving after the end or after success is not an exit without linking: already reported.
    if (stepRef.current === 'ended' || stepRef.current === 'success') return;
    emitter.exit({ reason: 'cancelled', step: stepRef.current });
  }, [emitter]);

  useIsomorphicLayoutEffect(() => {
    if (!exitRef) return;
    exitRef.current = cancel;
    return () => {
      exitRef.current = null;
    };
  }, [cancel, exitRef]);

  // The step that threw never committed, so stepRef still holds the one before it.
  const failedStep = state.step;
  const renderFailed = useCallback(
    (error: LinkAccountError) => {
      emitter.error(error, failedStep);
      dispatch({ type: 'render_failed', error });
    },
    [emitter, failedStep],
  );

  switch (state.step) {
    case 'loading':
      return <Loading />;
    case 'load_failed':
      return <LoadFailed error={state.error} onRetry={() => dispatch({ type: 'retry_load' })} />;
    case 'ended':
      return (
        <RenderFailureBoundary onFailure={renderFailed}>
          <EndState reason={state.reason} session={state.session} />
        </RenderFailureBoundary>
      );
    default:
      return (
        <RenderFailureBoundary onFailure={renderFailed}>
          <SessionSteps
            state={state}
            api={api}
            dispatch={dispatch}
            emitter={emitter}
            onCancel={cancel}
            onDone={onDone}
          />
        </RenderFailureBoundary>
      );
  }
}
