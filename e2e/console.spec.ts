import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { guideOf, LatticeConsole, quotedControls } from './support/LatticeConsole';
import type { GuideStep, Input } from './support/LatticeConsole';
import { Widget } from './support/Widget';

/** Opens the widget and reads the guide from the session it loads. */
async function openWidget(
  page: Page,
  input: Input,
): Promise<{ widget: Widget; steps: GuideStep[] }> {
  const sessionLoaded = page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/v1/link/session' &&
      response.request().method() === 'GET',
  );
  await press(page, page.getByRole('button', { name: 'Connect Lattice' }), input);
  const widget = new Widget(page.getByRole('dialog', { name: 'Link account' }));
  await widget.expectGuide();
  return { widget, steps: await guideOf(await sessionLoaded) };
}

/** The playground's own controls: clicked, or focused and pressed with Enter. */
async function press(page: Page, target: Locator, input: Input) {
  if (input === 'mouse') return target.click();
  await target.focus();
  await page.keyboard.press('Enter');
}

/** Follows the guide's link into Lattice; the console opens in a new tab. */
async function openLattice(page: Page, widget: Widget, steps: GuideStep[], input: Input) {
  const link = steps.find((step) => step.link)?.link;
  if (!link) throw new Error('the guide links nowhere');
  // Pointed at the sandbox, the guide links to the sandbox's console, not to Lattice's app.
  expect(new URL(link.url).pathname).toBe('/app');
  const anchor = widget.root.getByRole('link', { name: link.label });
  await expect(anchor).toHaveAttribute('target', '_blank');
  const opened = page.context().waitForEvent('page');
  await press(page, anchor, input);
  const tab = await opened;
  // As a person's browser does: the new tab is the one in front (a hidden tab renders nothing).
  await tab.bringToFront();
  await tab.waitForLoadState();
  return tab;
}

for (const input of ['mouse', 'keyboard'] as const) {
  test(`the guide, followed in the sandbox's Lattice console by ${input}, should link an account`, async ({
    acme,
    page,
  }, testInfo) => {
    // Two tabs, a screenshot and an axe run per console page: slow on a loaded machine.
    test.setTimeout(300_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await acme.open();
    const { widget, steps } = await openWidget(page, input);
    const lattice = new LatticeConsole(
      await openLattice(page, widget, steps, input),
      testInfo,
      input,
    );
    await lattice.signInAs('Pinecone Bakery Co.', 'Super admin');

    // Every control the guide quotes, in its order, by the exact name it quotes.
    const controls = [...new Set(steps.flatMap(quotedControls))];
    expect(controls.length).toBeGreaterThanOrEqual(6);
    for (const name of controls) {
      await lattice.check(`before ${name}`);
      await lattice.activate(lattice.control(name));
    }
    const dialog = lattice.page.getByRole('dialog', { name: 'API key generated' });
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    await expect(dialog).toContainText('won’t be shown again');
    await lattice.check('copied');
    const key = await dialog.getByRole('textbox').inputValue();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await lattice.activate(dialog.getByRole('button', { name: 'Done' }));
    await expect(dialog).toBeHidden();
    // Shown once: gone from the page with the dialog. The console removes the dialog on its close
    // event, which the browser fires in a task after hiding it: wait for that, do not race it.
    await expect.poll(() => lattice.page.content()).not.toContain(key);
    await lattice.check('key-listed');

    // Back to the host's tab, where the widget still shows the guide: paste what Copy copied.
    await page.bringToFront();
    await press(page, widget.root.getByRole('button', { name: 'I have my key' }), input);
    await widget.keyField.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(widget.keyField).toHaveValue(key);
    await widget.submitKey();
    await expect(widget.previewHeading).toBeVisible({ timeout: 30_000 });
    await widget.expectPreview(25);
    await widget.continueToConfirm();
    await widget.confirm();
    await widget.root.getByRole('button', { name: 'Close' }).click();
    await expect(acme.account(/Lattice account linked by/)).toBeVisible();
    await acme.expectKeyNowhere(key);
  });
}

test('someone who is not a super admin cannot reach API Keys and the guide says what to do; a revoked key is refused', async ({
  acme,
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await acme.open();
  const { widget, steps } = await openWidget(page, 'mouse');
  const apiKeysStep = steps.find((step) => quotedControls(step).includes('API Keys'));
  expect(apiKeysStep?.text).toMatch(/super admin/);
  // The guide opens its steps one at a time: open this one, as the person would.
  const toggle = widget.root.getByRole('button', { name: apiKeysStep?.title ?? '' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(widget.root.getByText(apiKeysStep?.text ?? '')).toBeVisible();
  // Back to the step with the link to Lattice (opening one step closes the others).
  const linkStep = steps.find((step) => step.link);
  await widget.root.getByRole('button', { name: linkStep?.title ?? '' }).click();

  const lattice = new LatticeConsole(
    await openLattice(page, widget, steps, 'mouse'),
    testInfo,
    'mouse',
  );
  await lattice.signInAs('Northwind Analytics', 'Manager');
  const [switchToAdmin] = steps.flatMap(quotedControls);
  await expect(lattice.control(switchToAdmin ?? 'Switch to admin')).toHaveCount(0);
  await lattice.check('no-switch-to-admin');
  await lattice.page.goto(
    new URL('/app/admin/settings/platform/api-keys', lattice.page.url()).href,
  );
  await expect(
    lattice.page.getByRole('heading', { name: 'You don’t have access to the admin view' }),
  ).toBeVisible();
  await expect(
    lattice.page.getByText(/Ask a super\s+admin of Northwind\s+Analytics/),
  ).toBeVisible();
  await lattice.check('admin-refused');

  // A super admin generates a key, then revokes it before it is used.
  await lattice.activate(lattice.control('Sign out'));
  await lattice.signInAs('Pinecone Bakery Co.', 'Super admin');
  for (const name of steps.flatMap(quotedControls).filter((n) => n !== 'Copy')) {
    await lattice.activate(lattice.control(name));
  }
  const dialog = lattice.page.getByRole('dialog', { name: 'API key generated' });
  const field = dialog.getByRole('textbox');
  const key = await field.inputValue();
  const keyName = await field.evaluate((input) =>
    input instanceof HTMLInputElement ? (input.labels?.[0]?.textContent ?? '') : '',
  );
  await lattice.activate(dialog.getByRole('button', { name: 'Done' }));
  await lattice.activate(
    lattice.page.getByRole('link', { name: `Revoke ${keyName}`, exact: true }),
  );
  await expect(lattice.page.getByRole('heading', { name: `Revoke ${keyName}?` })).toBeVisible();
  await lattice.check('revoke-confirm');
  await lattice.activate(lattice.control('Revoke key'));
  await expect(lattice.page.getByRole('status')).toContainText(`Revoked ${keyName}.`);
  await lattice.check('revoked');

  await page.bringToFront();
  await widget.leaveGuide();
  await widget.pasteKey(key);
  await widget.submitKey();
  await widget.expectAlert(/did not accept this key/, { timeout: 30_000 });
  await acme.checkStep('revoked-key-refused');
});
