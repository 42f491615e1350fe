import { test as base } from '@playwright/test';
import { AcmePage } from './AcmePage';

/** Playwright's test with `acme`: the playground, in an organisation of the test's own. */
export const test = base.extend<{ acme: AcmePage }>({
  acme: async ({ page }, use, testInfo) => {
    await use(new AcmePage(page, testInfo));
  },
});

export { expect } from '@playwright/test';
