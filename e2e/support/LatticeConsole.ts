import { expect } from '@playwright/test';
import type { Locator, Page, Response, TestInfo } from '@playwright/test';
import { axeViolations } from './axeViolations';

/** One step of the guide as the widget's session gives it. */
export interface GuideStep {
  title: string;
  text: string;
  link: { label: string; url: string } | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The guide's steps from the session the widget loaded (GET /v1/link/session), so the test
 * follows what the person is told, never a copy of it.
 */
export async function guideOf(response: Response): Promise<GuideStep[]> {
  const body: unknown = await response.json();
  const guide = isRecord(body) && isRecord(body.provider) ? body.provider.guide : undefined;
  if (!Array.isArray(guide)) throw new Error('the session has no guide');
  return guide.map((step: unknown) => {
    if (!isRecord(step) || typeof step.title !== 'string' || typeof step.text !== 'string') {
      throw new Error('a guide step without a title or text');
    }
    const { link } = step;
    return {
      title: step.title,
      text: step.text,
      link:
        isRecord(link) && typeof link.label === 'string' && typeof link.url === 'string'
          ? { label: link.label, url: link.url }
          : null,
    };
  });
}

/**
 * The controls a step names, in order, each once: whatever it quotes (“…”, «…», „…“). A step may
 * quote a control again ("No “API Keys” item?"); that is not a second click.
 */
export function quotedControls(step: GuideStep): string[] {
  const quoted = [...step.text.matchAll(/[“«„]\s*([^”»“]+?)\s*[”»“]/g)].map((m) => m[1] ?? '');
  return [...new Set(quoted)];
}

export type Input = 'mouse' | 'keyboard';

/**
 * The sandbox's Lattice console in its own tab, driven by accessible names only, by mouse or by
 * keyboard. Every step is screenshotted as an attachment of the test and checked with axe.
 */
export class LatticeConsole {
  readonly page: Page;
  private readonly testInfo: TestInfo;
  private readonly input: Input;
  private step = 0;

  constructor(page: Page, testInfo: TestInfo, input: Input) {
    this.page = page;
    this.testInfo = testInfo;
    this.input = input;
  }

  /** A link or a button named exactly `name`. */
  control(name: string): Locator {
    return this.page
      .getByRole('link', { name, exact: true })
      .or(this.page.getByRole('button', { name, exact: true }))
      .first();
  }

  /** Clicks it, or Tabs to it and presses Enter. */
  async activate(target: Locator) {
    await expect(target).toBeVisible();
    if (this.input === 'mouse') {
      await target.click();
      return;
    }
    await this.tabTo(target);
    await this.page.keyboard.press('Enter');
  }

  async tabTo(target: Locator, limit = 80) {
    for (let presses = 0; presses <= limit; presses += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`${limit} presses of Tab never reached ${target.toString()}`);
  }

  /** The sign-in picker: someone of `company` whose role reads `role`. */
  async signInAs(company: string, role: 'Super admin' | 'Manager' | 'Employee') {
    await expect(this.page.getByRole('heading', { name: 'Sign in to Lattice' })).toBeVisible();
    await this.check('sign-in');
    const person = this.page
      .getByRole('region', { name: company })
      .getByRole('button', { name: new RegExp(`\\b${role} ·`) })
      .first();
    await this.activate(person);
    await expect(this.page.getByRole('heading', { name: /^Welcome back/ })).toBeVisible();
  }

  /**
   * Keeps a screenshot of the page as an attachment and checks it with axe (not in the keyboard
   * run, which walks the very pages the mouse run checks).
   */
  async check(name: string) {
    this.step += 1;
    const label = `console-${this.input}-${String(this.step).padStart(2, '0')}-${name}`;
    await this.testInfo.attach(label, {
      body: await this.page.screenshot({ fullPage: true }),
      contentType: 'image/png',
    });
    if (this.input === 'keyboard') return;
    const violations = await axeViolations(this.page);
    const summary = violations.map(
      (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary, `axe violations on the console at "${label}"`).toEqual([]);
  }
}
