import { test as base } from '@playwright/test';
import { AcmePage } from './AcmePage';
import { keyGuardOf } from './keyGuard';
import type { KeyGuard } from './keyGuard';

/**
 * Playwright's test with `acme`: the playground, in an organisation of the test's own; and, in
 * every test, a `keyGuard` watching the browser for Lattice keys from the first request. The step
 * helpers (AcmePage, Widget) check it after each step, and it checks once more when the test
 * ends, passed or failed.
 */
export const test = base.extend<{ acme: AcmePage; keyGuard: KeyGuard }>({
  keyGuard: [
    async ({ context }, use) => {
      const guard = keyGuardOf(context);
      await use(guard);
      await guard.check('when the test ended');
    },
    { auto: true },
  ],
  acme: async ({ page }, use, testInfo) => {
    await use(new AcmePage(page, testInfo));
  },
});

export { expect } from '@playwright/test';
