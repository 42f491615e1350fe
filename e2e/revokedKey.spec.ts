import { scenario } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { Widget } from './support/Widget';

// The demo's Lattice sandbox, reached directly: its key API is what a Lattice admin does under
// Settings › Platform › API Keys (generate, revoke), as JSON.
const sandboxUrl = `http://127.0.0.1:${process.env.LATTICE_SANDBOX_PORT ?? 4010}`;
function generatedKey(value: unknown): { id: string; key: string } {
  if (typeof value === 'object' && value !== null && 'id' in value && 'key' in value) {
    const { id, key } = value;
    if (typeof id === 'string' && typeof key === 'string') return { id, key };
  }
  throw new Error('The sandbox answered without a key.');
}

test('a key revoked in Lattice should turn its account to "needs reconnect", announced by a signed webhook, until it is reconnected', async ({
  acme,
  page,
  request,
}) => {
  test.slow();
  const made = await request.post(`${sandboxUrl}/app/api/keys`, {
    data: { company: 'small', name: 'Acme e2e (revoked-key journey)' },
  });
  expect(made.status()).toBe(201);
  const { id, key } = generatedKey(await made.json());

  await acme.open();
  await page.getByRole('button', { name: 'Connect Lattice' }).click();
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  await widget.leaveGuide();
  await widget.pasteKey(key);
  await widget.submitKey();
  // Lattice is checked for real: give a loaded machine time.
  await expect(widget.previewHeading).toBeVisible({ timeout: 30_000 });
  await widget.expectPreview(25);
  await widget.continueToConfirm();
  await widget.confirm();
  await widget.root.getByRole('button', { name: 'Close' }).click();

  const account = acme.account(/Lattice account linked by/);
  const needsReconnect = account.getByText('Needs reconnect', { exact: true });
  await expect(account).toBeVisible();
  // keylink-server's webhook, received and its signature checked by Acme's backend.
  await expect(acme.eventLog.getByText('account.linked')).toBeVisible();
  // The first key check (a few seconds in the tests) finds the key working.
  await expect(account.getByText(/: works$/)).toBeVisible({ timeout: 30_000 });
  await expect(needsReconnect).toBeHidden();

  const revoked = await request.delete(`${sandboxUrl}/app/api/keys/${id}`);
  expect(revoked.status()).toBe(204);

  // The periodic key check (every few seconds in the tests) finds out; nobody reloads the page.
  await expect(needsReconnect).toBeVisible({ timeout: 45_000 });
  await expect(account.getByRole('status')).toContainText('no longer accepts');
  await expect(account.getByText(/refused by Lattice/)).toBeVisible();
  await expect(acme.eventLog.getByText('account.needs_reconnect')).toBeVisible();
  await acme.checkStep('needs-reconnect');

  await account.getByRole('button', { name: 'Reconnect' }).click();
  // A reconnect opens on the form (the guide is one click away).
  await expect(widget.keyField).toBeVisible();
  const newKey = await acme.sandboxKey(scenario.small);
  await widget.pasteKey(newKey);
  await widget.submitKey({ reconnect: true });
  await expect(widget.previewHeading).toBeVisible({ timeout: 30_000 });
  await widget.expectPreview(25);
  await widget.continueToConfirm();
  await widget.confirm({ reconnect: true });
  await widget.root.getByRole('button', { name: 'Close' }).click();

  await expect(acme.eventLog.getByText('account.restored')).toBeVisible();
  await expect(needsReconnect).toBeHidden();
  await expect(account.getByRole('status')).toBeHidden();
  await expect(acme.accounts.getByRole('article')).toHaveCount(1);
  await acme.expectKeyNowhere(newKey);
});
