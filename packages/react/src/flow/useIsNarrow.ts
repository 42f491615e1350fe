import { useState } from 'react';
import type { RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

/**
 * Whether an element is narrower than `breakpoint` CSS pixels, kept up to date as it resizes.
 * It measures the widget, not the window: a host may give it a narrow column on a wide screen.
 * False where nothing can be measured (server rendering, browsers without ResizeObserver).
 */
export function useIsNarrow(ref: RefObject<HTMLElement | null>, breakpoint: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = (width: number) => setNarrow(width > 0 && width < breakpoint);
    update(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, breakpoint]);
  return narrow;
}
