import { scenario } from './support/AcmePage';
import type { AcmePage } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { Widget } from './support/Widget';

async function linkSmallCompany(acme: AcmePage) {
  await acme.page.getByRole('button', { name: 'Connect Lattice' }).click();
  const widget = new Widget(acme.page.getByRole('dialog', { name: 'Link account' }));
  await widget.leaveGuide();
  await widget.pasteKey(await acme.sandboxKey(scenario.small));
  await widget.submitKey();
  await widget.expectPreview(25);
  await widget.continueToConfirm();
  await widget.confirm();
  await widget.root.getByRole('button', { name: 'Close' }).click();
  await expect(widget.root).toBeHidden();
}

test("a linked account should refuse another company's key and reconnect with another key of its own company", async ({
  acme,
  page,
}) => {
  // Two keys tried and each step checked in both themes: minutes on a busy machine.
  test.setTimeout(300_000);
  await acme.open({ theme: 'both' });
  await linkSmallCompany(acme);
  const account = acme.account(/Lattice account linked by/);
  await expect(account).toBeVisible();
  const before = await account.getByRole('heading').first().textContent();

  await account.getByRole('button', { name: 'Reconnect' }).click();
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  // A reconnect opens on the form; the guide is one click away.
  await expect(widget.keyField).toBeVisible();
  await acme.checkStep('reconnect-form');
  await widget.root.getByRole('button', { name: 'Back to the guide' }).click();
  await widget.expectGuide();
  await widget.leaveGuide({ reconnect: true });
  await expect(
    widget.root.getByText('The new credentials will replace the ones in use now.'),
  ).toBeVisible();

  // Another company's key (Northwind's) is refused before anything changes, back at the key field.
  const otherCompanyKey = await acme.sandboxKey(scenario.mid);
  await widget.pasteKey(otherCompanyKey);
  await widget.submitKey({ reconnect: true });
  // Checking which company the key is asks Lattice a few more questions: seconds on a busy machine.
  await expect(widget.alert).toContainText('This key belongs to another Lattice company', {
    timeout: 30_000,
  });
  await expect(widget.alert).toContainText('pinecone-bakery.example');
  await expect(widget.alert).toContainText('add it as a new connection');
  await expect(widget.keyField).toBeEditable();

  // Another super admin of the same company: accepted, the account keeps its place.
  const newKey = await acme.sandboxKey(scenario.smallSecondAdmin);
  await widget.pasteKey(newKey);
  await widget.submitKey({ reconnect: true });
  await widget.expectPreview(25);
  await widget.continueToConfirm();
  await widget.expectConfirm(25, { reconnect: true });
  await acme.checkStep('reconnect-confirm');
  await widget.confirm({ reconnect: true });
  await expect(widget.root.getByText('Your Lattice key has been replaced.')).toBeVisible();
  await acme.checkStep('reconnect-success');
  await widget.root.getByRole('button', { name: 'Close' }).click();

  // Still one account, now read with the new key.
  await expect(acme.accounts.getByRole('article')).toHaveCount(1);
  await expect(account.getByRole('heading').first()).not.toHaveText(before ?? '');
  await expect(account.getByText('Page 1: users 1–10')).toBeVisible();
  await acme.expectKeyNowhere(newKey);
  await acme.expectKeyNowhere(otherCompanyKey);
});

test('a linked account should be removed after a confirmation', async ({ acme }) => {
  // A link and each step checked in both themes: more than the default minute on a busy machine.
  test.slow();
  await acme.open({ theme: 'both' });
  await linkSmallCompany(acme);
  const account = acme.account(/Lattice account linked by/);
  await account.getByRole('button', { name: 'Remove' }).click();
  const confirmation = account.getByRole('group', { name: 'Confirm removal' });
  await expect(confirmation).toBeVisible();
  await acme.checkStep('remove-confirm');

  await confirmation.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirmation).toBeHidden();
  await account.getByRole('button', { name: 'Remove' }).click();
  await confirmation.getByRole('button', { name: 'Remove account' }).click();

  await expect(account).toBeHidden();
  await expect(acme.accounts.getByText('No account linked yet')).toBeVisible();
  await expect(acme.eventLog.getByText('account_removed')).toBeVisible();
  await acme.checkStep('removed');
});
