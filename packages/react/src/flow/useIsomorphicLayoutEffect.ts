import { useEffect, useLayoutEffect } from 'react';

/**
 * A layout effect in the browser, a plain effect on the server (where neither runs, but React 18
 * warns about layout effects). Reads `document` only through `typeof`, so importing is SSR-safe.
 */
export const useIsomorphicLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
