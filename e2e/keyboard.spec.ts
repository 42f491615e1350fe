import type { Locator, Page } from '@playwright/test';
import { scenario } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { Widget } from './support/Widget';

/** Presses Tab until the element has focus, as a person would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the dialog should be usable with the keyboard alone, from opening to success', async ({
  acme,
  page,
}) => {
  await acme.open();
  const key = await acme.sandboxKey(scenario.small);
  const opener = page.getByRole('button', { name: 'Connect Lattice' });

  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  await widget.expectGuide();

  // Escape closes it and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(widget.root).toBeHidden();
  await expect(opener).toBeFocused();

  await page.keyboard.press('Enter');
  await widget.expectGuide();
  await tabTo(page, widget.root.getByRole('button', { name: 'I have my key' }));
  await page.keyboard.press('Enter');
  await tabTo(page, widget.keyField);
  await page.keyboard.insertText(key);
  await page.keyboard.press('Enter');

  await widget.expectPreview(25);
  await acme.checkStep('keyboard-preview');
  await tabTo(page, widget.root.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  const connect = widget.root.getByRole('button', { name: 'Link account', exact: true });
  await tabTo(page, connect);
  await page.keyboard.press('Enter');
  await expect(widget.successHeading).toBeVisible();

  // Focus never left the dialog while it was open.
  await tabTo(page, widget.root.getByRole('button', { name: 'Close' }));
  await page.keyboard.press('Enter');
  await expect(widget.root).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(acme.account(/Lattice account linked by/)).toBeVisible();
});
