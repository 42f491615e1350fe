import type { LinkWarningCode } from '@keylink/contract';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Dispatch } from 'react';
import type { LinkApi } from '../api/createLinkApi';
import { toLinkAccountError } from '../api/LinkAccountError';
import type { Emitter } from './createEmitter';
import type { LinkAction, SessionState } from './linkReducer';

interface ConfirmLinkOptions {
  state: SessionState;
  api: LinkApi;
  dispatch: Dispatch<LinkAction>;
  emitter: Emitter;
  /** Called once the account is linked, before the success screen shows (clears the key). */
  onLinked: () => void;
}

/**
 * Links the account: once per click (the idempotency key makes a retried request safe), and only
 * after the person acknowledged the warnings, if any.
 */
export function useConfirmLink({ state, api, dispatch, emitter, onLinked }: ConfirmLinkOptions) {
  const confirmingRef = useRef(false);
  const confirm = useMutation({
    mutationFn: ({ key, acknowledged }: { key: string; acknowledged: LinkWarningCode[] }) =>
      api.confirm(key, acknowledged.length > 0 ? { acknowledgedWarnings: acknowledged } : {}),
  });

  return () => {
    if (state.step !== 'confirm' || confirmingRef.current) return;
    if (state.warnings.length > 0 && !state.acknowledged) return;
    confirmingRef.current = true;
    dispatch({ type: 'confirm_started' });
    const acknowledged = state.acknowledged ? state.warnings.map((warning) => warning.code) : [];
    confirm.mutateAsync({ key: state.idempotencyKey, acknowledged }).then(
      (account) => {
        confirmingRef.current = false;
        onLinked();
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
}
