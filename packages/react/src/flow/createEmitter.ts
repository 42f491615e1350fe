import type { LinkAccountError } from '../api/LinkAccountError';
import type {
  LinkAccountEvent,
  LinkAccountExit,
  LinkAccountOnError,
  LinkAccountOnEvent,
  LinkAccountOnExit,
  LinkAccountOnSuccess,
  LinkAccountStep,
  LinkAccountSuccess,
} from '../events';

export interface LinkCallbacks {
  onSuccess?: LinkAccountOnSuccess | undefined;
  onExit?: LinkAccountOnExit | undefined;
  onEvent?: LinkAccountOnEvent | undefined;
  onError?: LinkAccountOnError | undefined;
}

/** Reports to the host. Every call reads the latest callbacks, so hosts may pass new ones. */
export interface Emitter {
  /** Called after each render with the host's current callbacks. */
  setCallbacks(callbacks: LinkCallbacks): void;
  emit(event: LinkAccountEvent): void;
  error(error: LinkAccountError, step: LinkAccountStep): void;
  exit(exit: LinkAccountExit): void;
  success(result: LinkAccountSuccess): void;
}

export function createEmitter(): Emitter {
  const callbacks: { current: LinkCallbacks } = { current: {} };
  const emit = (event: LinkAccountEvent) => callbacks.current.onEvent?.(event);
  return {
    setCallbacks(next) {
      callbacks.current = next;
    },
    emit,
    error(error, step) {
      emit({ type: 'error', step, error });
      callbacks.current.onError?.(error);
    },
    exit(exit) {
      emit({ type: 'exited', ...exit });
      callbacks.current.onExit?.(exit);
    },
    success(result) {
      callbacks.current.onSuccess?.(result);
    },
  };
}
