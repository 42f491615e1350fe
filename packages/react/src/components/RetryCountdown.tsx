import { useEffect, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../flow/useIsomorphicLayoutEffect';
import { useMessages } from '../flow/WidgetContext';

interface RetryCountdownProps {
  seconds: number;
  /** Which automatic try this countdown leads to, and how many there are at most. */
  attempt: number;
  max: number;
  /** Called once when the countdown reaches zero, or when the person retries now. */
  onRetry: () => void;
}

/** "Trying again in N s", counting down each second, then retrying by itself (once). */
export function RetryCountdown({ seconds, attempt, max, onRetry }: RetryCountdownProps) {
  const messages = useMessages();
  const [remaining, setRemaining] = useState(Math.max(0, Math.ceil(seconds)));
  const firedRef = useRef(false);
  // The latest callback, so a parent re-rendering (a new onRetry each time) never restarts the
  // second being counted.
  const onRetryRef = useRef(onRetry);
  useIsomorphicLayoutEffect(() => {
    onRetryRef.current = onRetry;
  });

  useEffect(() => {
    if (remaining > 0) {
      const timer = setTimeout(() => setRemaining((value) => value - 1), 1000);
      return () => clearTimeout(timer);
    }
    if (!firedRef.current) {
      firedRef.current = true;
      onRetryRef.current();
    }
  }, [remaining]);

  const retryNow = () => {
    if (firedRef.current) return;
    firedRef.current = true;
    onRetryRef.current();
  };

  return (
    <div className="kl-countdown">
      <p>{messages.retryingIn(remaining, attempt, max)}</p>
      <button type="button" className="kl-button kl-button-secondary" onClick={retryNow}>
        {messages.retryNow}
      </button>
    </div>
  );
}
