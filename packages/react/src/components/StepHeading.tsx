import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useWidget } from '../flow/WidgetContext';

/**
 * A step's heading (h3: the widget's title is h2). It takes focus when the step appears after the
 * person acted, so screen readers announce the new step and Tab starts from it.
 */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { takeFocus } = useWidget();
  useEffect(() => {
    if (ref.current) takeFocus(ref.current);
  }, [takeFocus]);
  return (
    <h3 ref={ref} className="kl-step-title" tabIndex={-1}>
      {children}
    </h3>
  );
}
