import { scenario } from './support/AcmePage';
import type { Theme } from './support/AcmePage';
import { expect, test } from './support/fixtures';
import { readmePicture } from './support/readmePicture';
import { Widget } from './support/Widget';

const companies = [
  { name: 'small', title: scenario.small, users: 25, themes: ['light', 'dark'] },
  { name: 'mid', title: scenario.mid, users: 250, themes: ['dark'] },
  { name: 'large', title: scenario.large, users: 10_000, themes: ['light'] },
] as const satisfies readonly {
  name: string;
  title: string;
  users: number;
  themes: readonly Theme[];
}[];

for (const company of companies) {
  for (const theme of company.themes) {
    test(`the ${company.name} company should link through the dialog (${theme})`, async ({
      acme,
      keyGuard,
      page,
    }) => {
      // The small company's journey checks every screen with axe in both themes; the others keep
      // their screenshots and check only what differs (their preview).
      const axe = company.name === 'small';
      // Eight axe runs and a screenshot per step take 35–65 s on two busy cores; the mid and large
      // companies' walks are long by themselves (the mid one passed 60 s on a loaded machine).
      test.slow();
      await acme.open({ theme });
      const key = await acme.sandboxKey(company.title);
      await expect(acme.accounts.getByText('No account linked yet')).toBeVisible();
      await acme.checkStep('page', { axe });

      if (company.name === 'small') {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        await page.getByRole('button', { name: `Copy sandbox key: ${company.title}` }).click();
        await expect(
          page.getByRole('button', { name: `Copy sandbox key: ${company.title}` }),
        ).toHaveText('Copied');
      }
      await page.getByRole('button', { name: 'Connect Lattice' }).click();
      const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
      await widget.expectGuide();
      await acme.checkStep('guide', { axe });

      await widget.leaveGuide();
      if (company.name === 'small') {
        // As a person would: paste what the panel's Copy button put on the clipboard.
        await widget.keyField.focus();
        await page.keyboard.press('ControlOrMeta+V');
        await expect(widget.keyField).toHaveValue(key);
      } else {
        await widget.pasteKey(key);
      }
      await acme.checkStep('key-pasted', { axe });
      await widget.submitKey();

      if (company.name === 'large') {
        // The first sample comes after one round trip; the counts then fill in with progress.
        await expect(widget.previewHeading).toBeVisible();
        await expect(widget.root.getByRole('progressbar', { name: 'Reading users' })).toBeVisible();
        await expect(widget.root.getByText(/read so far/)).toBeVisible();
        await acme.checkStep('preview-progress');
        await expect(acme.eventLog.getByText('preview_progress').first()).toBeVisible();
      }
      await widget.expectPreview(company.users);
      await acme.checkStep('preview');
      if (company.name === 'small' && theme === 'light') {
        await readmePicture(widget.root, 'widget.png', test.info());
      }

      await widget.continueToConfirm();
      await widget.expectConfirm(company.users);
      await acme.checkStep('confirm', { axe });
      await widget.confirm();
      await acme.checkStep('success', { axe });
      await expect(acme.eventLog.getByText('onSuccess')).toBeVisible();

      await widget.root.getByRole('button', { name: 'Close' }).click();
      await expect(widget.root).toBeHidden();
      const account = acme.account(/Lattice account linked by/);
      await expect(account).toBeVisible();
      const roles = account.getByRole('table', { name: 'Roles' });
      await expect(roles.getByRole('row', { name: /^Employee/ })).toContainText(
        company.users.toLocaleString('en-US'),
      );
      await expect(roles.getByRole('row', { name: /^Admin/ })).toBeVisible();
      const users = account.getByRole('table', { name: 'Users' });
      await expect(users.getByRole('row')).toHaveCount(11);
      await expect(account.getByText('Page 1: users 1–10')).toBeVisible();
      await acme.checkStep('account-listed', { axe });

      await account.getByRole('button', { name: 'Next page' }).click();
      await expect(account.getByText('Page 2: users 11–20')).toBeVisible();

      // The key guard (fixtures.ts) checked every step: request URLs, answers (and the host's
      // secret key, kl_sk_…, in none of them), storage, console. It did read answers.
      await acme.expectKeyNowhere(key);
      expect(keyGuard.bodiesReceived).toBeGreaterThan(0);
    });
  }
}

test('a slow Lattice should show that the key is being checked, then link', async ({
  acme,
  page,
}) => {
  test.slow();
  await acme.open({ theme: 'both' });
  const key = await acme.sandboxKey(scenario.slow);
  await page.getByRole('button', { name: 'Connect Lattice' }).click();
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  await widget.leaveGuide();
  await widget.pasteKey(key);
  await widget.submitKey();
  await expect(widget.root.getByRole('heading', { name: 'Checking with Lattice…' })).toBeVisible();
  await acme.checkStep('verifying');
  await widget.expectPreview(25);
  await widget.continueToConfirm();
  await widget.confirm();
  await acme.expectKeyNowhere(key);
});
