import { scenario } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { Widget } from './support/Widget';

test('the inline widget should link an account in the page, and follow the locale switch', async ({
  acme,
  page,
}) => {
  test.slow(); // every step is checked in both themes
  await acme.open({ theme: 'both' });
  await page.getByRole('tab', { name: 'Inline' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Inline' });
  const widget = new Widget(panel.getByRole('region', { name: 'Link account' }));
  await widget.expectGuide();
  await acme.checkStep('inline-guide');

  await page.getByLabel('Widget language').selectOption('fr');
  await expect(panel.getByRole('region', { name: 'Connecter un compte' })).toBeVisible();
  await acme.checkStep('inline-guide-fr');
  await page.getByLabel('Widget language').selectOption('en');

  // Cancel hands control back to the page (onExit), which starts a new session.
  await widget.leaveGuide();
  await widget.root.getByRole('button', { name: 'Cancel' }).click();
  await expect(acme.eventLog.getByText('onExit')).toBeVisible();
  await widget.expectGuide();

  await widget.leaveGuide();
  await widget.pasteKey(await acme.sandboxKey(scenario.small));
  await widget.submitKey();
  await widget.expectPreview(25);
  await widget.continueToConfirm();
  await widget.confirm();
  const account = acme.account(/Lattice account linked by/);
  await expect(account.getByRole('table', { name: 'Users' })).toBeVisible();
  await expect(account.getByRole('table', { name: 'Roles' })).toBeVisible();
  await acme.checkStep('inline-success');
});
