import axe from 'axe-core';
import type { Result } from 'axe-core';
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    /** axe-core, once axeViolations has put it into the page. */
    axe?: typeof axe;
  }
}

/**
 * Axe's violations on the page as it is now: every rule axe runs by default, on the whole
 * document. axe-core is put into each document once and then only run. The suite checks some 140
 * screens, and @axe-core/playwright's AxeBuilder re-parses axe's half-megabyte source twice per
 * run and merges each run's results in a blank tab it opens (for frames, which these pages do not
 * have): 1.5–2 s a run on two busy cores, against about 0.3 s here, for the same results. A page
 * that gains a frame fails here rather than go partly unchecked.
 */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (page.frames().length > 1) {
    throw new Error(`axeViolations checks pages without frames, and ${page.url()} has one`);
  }
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    if (window.axe === undefined) throw new Error('axe-core is not in the page');
    const { violations } = await window.axe.run(document);
    return violations;
  });
}
