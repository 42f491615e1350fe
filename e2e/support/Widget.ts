import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { keyGuardOf } from './keyGuard';

/**
 * The Keylink widget (dialog or inline) as a person drives it, in English. Every locator is a role
 * or a label, scoped to the widget. Each step ends with the key guard's check (fixtures.ts): no
 * Lattice key kept or shown by the browser at any point of the flow, failures included.
 */
export class Widget {
  readonly root: Locator;

  constructor(root: Locator) {
    this.root = root;
  }

  private async checked(step: string) {
    await keyGuardOf(this.root.page().context()).check(`after "${step}"`);
  }

  get guideHeading(): Locator {
    return this.root.getByRole('heading', { name: 'How to get your key' });
  }

  get keyField(): Locator {
    return this.root.getByLabel('Lattice API key', { exact: true });
  }

  get previewHeading(): Locator {
    return this.root.getByRole('heading', { name: 'Here is what we found' });
  }

  /** The widget's error notice: "That did not work" and what to do. */
  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  /** The error notice says `message`; nothing of the key is kept after the failure. */
  async expectAlert(message: RegExp, { timeout }: { timeout?: number } = {}) {
    await expect(this.alert).toContainText(message, { timeout });
    await this.checked('error notice');
  }

  get successHeading(): Locator {
    return this.root.getByRole('heading', { name: "You're all set" });
  }

  async expectGuide() {
    await expect(this.guideHeading).toBeVisible();
    await this.checked('guide');
  }

  async leaveGuide({ reconnect = false } = {}) {
    await this.root
      .getByRole('button', { name: reconnect ? 'I have my new key' : 'I have my key' })
      .click();
    await expect(this.keyField).toBeVisible();
    await this.checked('leave guide');
  }

  async pasteKey(key: string) {
    keyGuardOf(this.root.page().context()).watch(key);
    await this.keyField.fill(key);
    await this.checked('paste key');
  }

  async submitKey({ reconnect = false } = {}) {
    await this.root
      .getByRole('button', { name: reconnect ? 'Check new key' : 'Check key', exact: true })
      .click();
    await this.checked('submit key');
  }

  /** The preview, once its counts are complete: total users, and each role with its count. */
  async expectPreview(users: number) {
    // The check with Lattice may take seconds on a busy machine, like the counts below.
    await expect(this.previewHeading).toBeVisible({ timeout: 30_000 });
    await expect(this.root.getByText(new RegExp(`^${usersPattern(users)}$`)).first()).toBeVisible({
      timeout: 30_000,
    });
    await expect(this.root.getByRole('heading', { name: 'Roles' })).toBeVisible();
    await this.checked('preview');
  }

  async continueToConfirm() {
    await this.root.getByRole('button', { name: 'Continue' }).click();
    await this.checked('continue');
  }

  async expectConfirm(users: number, { reconnect = false } = {}) {
    await expect(
      this.root.getByRole('heading', {
        name: reconnect ? 'Confirm the new key' : 'Confirm the connection',
      }),
    ).toBeVisible();
    await expect(
      this.root.getByText(new RegExp(`^${usersPattern(users)} and \\d+ roles? will sync`)),
    ).toBeVisible();
    await this.checked('confirm screen');
  }

  async confirm({ reconnect = false } = {}) {
    await this.root
      .getByRole('button', { name: reconnect ? 'Replace key' : 'Link account', exact: true })
      .click();
    await expect(this.successHeading).toBeVisible();
    await this.checked('confirm');
  }
}

/** How the widget writes a count of users ("25 users"; "10000 users" or "10,000 users"). */
function usersPattern(count: number): string {
  const digits = count.toLocaleString('en-US').replaceAll(',', '[,\\u202f\\u00a0 ]?');
  return `${digits} ${count === 1 ? 'user' : 'users'}`;
}
