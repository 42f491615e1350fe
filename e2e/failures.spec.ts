import { scenario } from './support/AcmePage';
import type { Theme } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { Widget } from './support/Widget';

/**
 * Each failing sandbox key, what the widget's message must say (the gist, not the exact wording),
 * and the theme to check it in.
 */
const failures = [
  { title: scenario.revoked, message: /did not accept this key/, theme: 'light' },
  { title: scenario.usersForbidden, message: /read your company's people/, theme: 'dark' },
  { title: scenario.apiNotEnabled, message: /enable API access/, theme: 'light' },
  { title: scenario.rateLimited, message: /too many requests/, theme: 'dark' },
  { title: scenario.serverError, message: /not answering/, theme: 'light' },
  { title: scenario.malformed, message: /did not expect/, theme: 'dark' },
  { title: scenario.timeout, message: /took too long/, theme: 'dark' },
] as const satisfies readonly { title: string; message: RegExp; theme: Theme }[];

for (const failure of failures) {
  test(`the "${failure.title}" key should explain itself, and a good key should then link (${failure.theme})`, async ({
    acme,
    page,
  }) => {
    test.slow(failure.title === scenario.timeout);
    await acme.open({ theme: failure.theme });
    const badKey = await acme.sandboxKey(failure.title);
    const goodKey = await acme.sandboxKey(scenario.small);

    await page.getByRole('button', { name: 'Connect Lattice' }).click();
    const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
    await widget.leaveGuide();
    await widget.pasteKey(badKey);
    await widget.submitKey();
    await widget.expectAlert(failure.message, { timeout: 30_000 });
    await acme.checkStep('error');

    // Recover: paste the right key over the wrong one and go on.
    await widget.pasteKey(goodKey);
    await widget.submitKey();
    await widget.expectPreview(25);
    await widget.continueToConfirm();
    await widget.confirm();
    await widget.root.getByRole('button', { name: 'Close' }).click();
    await expect(acme.account(/Lattice account linked by/)).toBeVisible();
  });
}

test('a key that is not a Lattice key should be refused, then the right one accepted', async ({
  acme,
  page,
}) => {
  await acme.open();
  await page.getByRole('button', { name: 'Connect Lattice' }).click();
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  await widget.leaveGuide();
  await widget.pasteKey('0c0ffee0-0000-4000-8000-000000000000');
  await widget.submitKey();
  await widget.expectAlert(/did not accept this key/);
  await widget.pasteKey(await acme.sandboxKey(scenario.small));
  await widget.submitKey();
  await widget.expectPreview(25);
});

test("a non-admin's key should link with a warning that it sees only part of the company", async ({
  acme,
  page,
}) => {
  await acme.open({ theme: 'both' });
  await page.getByRole('button', { name: 'Connect Lattice' }).click();
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  await widget.leaveGuide();
  await widget.pasteKey(await acme.sandboxKey(scenario.nonAdmin));
  await widget.submitKey();
  await expect(widget.previewHeading).toBeVisible();
  await expect(widget.root.getByText(/only part of your company/)).toBeVisible();
  await acme.checkStep('partial-preview');
  await widget.continueToConfirm();
  await widget.confirm();
  await widget.root.getByRole('button', { name: 'Close' }).click();
  await expect(
    acme.account(/Lattice account linked by/).getByText('Part of the company'),
  ).toBeVisible();
});
