import { useCallback, useRef } from 'react';
import type { FocusEvent } from 'react';

/**
 * Remembers whether focus is (or was, until the focused button went away) inside the widget, and
 * gives `takeFocus`, which moves focus only in that case.
 */
export function useFocusTracking() {
  const rootRef = useRef<HTMLElement | null>(null);
  const insideRef = useRef(false);

  const onFocus = useCallback(() => {
    insideRef.current = true;
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    // A null relatedTarget is usually the focused element being removed by a step change.
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) insideRef.current = false;
  }, []);

  const takeFocus = useCallback((element: HTMLElement) => {
    const root = rootRef.current;
    const active = element.ownerDocument.activeElement;
    const inside = active !== null && root !== null && root.contains(active);
    const lost = active === null || active === element.ownerDocument.body;
    if (inside || (lost && insideRef.current)) element.focus();
  }, []);

  return { rootRef, onFocus, onBlur, takeFocus };
}
