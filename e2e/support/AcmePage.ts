import { expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { axeViolations } from './axeViolations';
import { keyGuardOf } from './keyGuard';

export type Theme = 'light' | 'dark';
/** A theme for the page, or `both`: the page follows the system's, and each step is checked in both. */
type ThemeChoice = Theme | 'both';

/** Titles of the sandbox's scenario keys, as the playground's "Sandbox API keys" panel lists them. */
export const scenario = {
  small: 'Super admin, 25 people',
  smallSecondAdmin: 'Another super admin, 25 people',
  mid: 'Super admin, 250 people',
  large: 'Super admin, 10,000 people',
  nonAdmin: 'Not an admin',
  usersForbidden: 'No access to users',
  apiNotEnabled: 'API access not enabled',
  revoked: 'Revoked key',
  rateLimited: 'Rate-limited',
  slow: 'Slow Lattice',
  timeout: 'Lattice never answers',
  serverError: 'Lattice is down',
  malformed: 'Malformed answers',
} as const;

/**
 * The playground as a person sees it, for the journeys: every locator is a role or a label. Each
 * test gets its own organisation (`?org=`), so accounts linked by one never show in another.
 */
export class AcmePage {
  readonly page: Page;
  private readonly testInfo: TestInfo;
  private readonly organisation: string;
  private theme: ThemeChoice = 'light';
  private step = 0;

  constructor(page: Page, testInfo: TestInfo) {
    this.page = page;
    this.testInfo = testInfo;
    this.organisation = `e2e-${testInfo.workerIndex}-${Date.now().toString(36)}-${Math.random()
      .toString(36)
      .slice(2, 8)}`;
  }

  async open({ theme = 'light' }: { theme?: ThemeChoice } = {}) {
    this.theme = theme;
    await this.page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
    await this.page.goto(`/?org=${this.organisation}`);
    await expect(this.page.getByRole('heading', { name: 'Integrations', level: 1 })).toBeVisible();
    const radio = { light: 'Light', dark: 'Dark', both: 'System' } as const;
    await this.page.getByRole('radio', { name: radio[theme] }).check();
    await expect(this.sandboxKeyField(scenario.small)).not.toHaveValue('');
  }

  /** The read-only field holding a sandbox key, in the "Sandbox API keys" panel. */
  sandboxKeyField(title: string): Locator {
    return this.page.getByLabel(`Sandbox key: ${title}`, { exact: true });
  }

  /** A sandbox key, watched from now on: it must never be kept or shown by the browser. */
  async sandboxKey(title: string): Promise<string> {
    const key = await this.sandboxKeyField(title).inputValue();
    keyGuardOf(this.page.context()).watch(key);
    return key;
  }

  get accounts(): Locator {
    return this.page.getByRole('region', { name: 'Linked accounts' });
  }

  account(owner: string | RegExp): Locator {
    return this.accounts.getByRole('article', { name: owner });
  }

  get eventLog(): Locator {
    return this.page.getByRole('log', { name: 'Event log' });
  }

  /**
   * Keeps a screenshot of the step as an artifact of the test and checks the page with axe (no
   * violation of any kind), in the test's theme or, with `both`, in light then dark (the page and
   * the widget follow the system's scheme). `axe: false` for screens another test already checks.
   */
  async checkStep(name: string, { axe = true }: { axe?: boolean } = {}) {
    await keyGuardOf(this.page.context()).check(`at step "${name}"`);
    this.step += 1;
    const number = String(this.step).padStart(2, '0');
    if (this.theme !== 'both') {
      await this.checkScreen(`${number}-${name}-${this.theme}`, axe);
      return;
    }
    for (const scheme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => this.page.evaluate(() => document.documentElement.dataset.theme))
        .toBe(scheme);
      await this.checkScreen(`${number}-${name}-${scheme}`, axe);
    }
    await this.page.emulateMedia({ colorScheme: 'light' });
  }

  private async checkScreen(label: string, axe: boolean) {
    const screenshot = await this.page.screenshot({
      path: this.testInfo.outputPath(`${label}.png`),
      fullPage: true,
    });
    await this.testInfo.attach(label, { body: screenshot, contentType: 'image/png' });
    if (!axe) return;
    const violations = await axeViolations(this.page);
    const summary = violations.map(
      (v) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary, `axe violations at step "${label}"`).toEqual([]);
  }

  /**
   * Fails when the key is anywhere the browser keeps or shows things: what the key guard checks
   * after each step (storage, indexedDB, cookies, URLs, console, answers), and the page itself
   * (outside the sandbox panel, which lists every sandbox key on purpose).
   */
  async expectKeyNowhere(key: string) {
    const guard = keyGuardOf(this.page.context());
    guard.watch(key);
    await guard.check('at the end of the journey');
    const html = await this.page.content();
    const panel = await this.page
      .getByRole('region', { name: 'Sandbox API keys' })
      .evaluate((element) => element.outerHTML);
    expect(html.replace(panel, '')).not.toContain(key);
  }
}
