import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acmeHr, acmePreview, acmeSession, acmeVerified } from './test/acmeHr';
import { openForm, renderWidget, submitKey } from './test/renderWidget';
import { createStubServer, ok } from './test/stubServer';

describe('LinkAccount', () => {
  it('should show a skeleton while the session loads, then the guide', async () => {
    renderWidget();
    expect(screen.getByRole('region', { name: 'Link account' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('heading', { name: 'Connect Acme HR' })).toBeInTheDocument();
    expect(screen.getByText('For Globex')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Acme HR logo' })).toHaveAttribute(
      'src',
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(acmeHr.logo.svg)}`,
    );
  });

  it('should render the guide from the descriptor: notices, numbered steps, links, synced data', async () => {
    renderWidget();
    await screen.findByRole('heading', { name: 'How to get your key' });
    expect(screen.getByText('Owner access')).toBeInTheDocument();
    expect(screen.getByText('Token shown once')).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').filter((li) => li.textContent?.includes('Step '));
    expect(steps.map((li) => within(li).getByText(/^Step \d of 2$/).textContent)).toEqual([
      'Step 1 of 2',
      'Step 2 of 2',
    ]);
    expect(screen.getByRole('link', { name: /Open Acme/ })).toHaveAttribute(
      'href',
      'https://acme.example/settings',
    );
    expect(screen.getByText(/Names, emails and titles/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'support@keylink.example' })).toBeInTheDocument();
  });

  it('should show the form with the region choice, a masked key field and Check key', async () => {
    const { user } = renderWidget();
    const field = await openForm(user);
    expect(
      screen.getByRole('heading', { name: 'Enter your Acme HR credentials' }),
    ).toBeInTheDocument();
    expect(field).toHaveAttribute('type', 'password');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('us');
    expect(screen.getByText('Your Acme address ends in acme.com')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'eu');
    expect(screen.getByText('Your Acme address ends in acme.eu')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show Acme token' }));
    expect(field).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide Acme token' })).toHaveTextContent('Hide');
    await user.click(screen.getByRole('button', { name: 'Hide Acme token' }));
    expect(field).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'Check key' })).toBeInTheDocument();
  });

  it('given an empty key, should say so at the field and send nothing', async () => {
    const { user, server } = renderWidget();
    await openForm(user);
    await user.click(screen.getByRole('button', { name: 'Check key' }));
    expect(
      await screen.findByText('Enter your Acme token: it cannot be empty.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Acme token')).toHaveFocus();
    expect(server.calls('verify')).toHaveLength(0);
  });

  it('given a key that does not fit the format, should warn but still send it, trimmed', async () => {
    const { user, server } = renderWidget();
    const field = await openForm(user);
    await user.click(field);
    await user.paste('  not-an-acme-key \n');
    expect(screen.getByRole('status')).toHaveTextContent(/does not look like a usual Acme token/);
    await user.click(screen.getByRole('button', { name: 'Check key' }));
    await screen.findByRole('heading', { name: 'Here is what we found' });
    const [call] = server.calls('verify');
    expect(JSON.parse(call?.body ?? '')).toEqual({
      credentials: { apiKey: 'not-an-acme-key' },
      region: 'us',
    });
  });

  it('should show a cancellable progress step while verifying, and keep the key on cancel', async () => {
    const server = createStubServer();
    server.reply('verify', { kind: 'hang' }, ok('verify', acmeVerified()));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByRole('heading', { name: 'Checking with Acme HR…' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByLabelText('Acme token')).toHaveValue('acme_s3cr3tk3y');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should preview whose key it is, users by status, a sample and roles with counts', async () => {
    const { user } = renderWidget();
    await submitKey(user);
    await screen.findByRole('heading', { name: 'Here is what we found' });
    expect(
      screen.getByText('This key belongs to Person 1 (person1@globex.example).'),
    ).toBeInTheDocument();
    expect(screen.getByText('3 users')).toBeInTheDocument();
    const counts = screen.getByRole('heading', { name: 'Users by status' }).parentElement;
    expect(counts).toHaveTextContent('Active2Invited1Pending0Inactive0');
    const table = screen.getByRole('table', { name: 'A few of the users' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'NameEmailTitleRoles',
      'Person 1person1@globex.exampleChief OwnerOwner, Member',
      'Person 2person2@globex.example—Member',
    ]);
    expect(screen.getByText(/1 user/, { selector: 'li' })).toHaveTextContent('Owner: 1 user');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('given a key that sees part of the company, should say so plainly', async () => {
    const server = createStubServer();
    server.reply('verify', ok('verify', acmeVerified(acmePreview(), 'partial')));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expect(await screen.findByText(/can see only part of your company/)).toBeInTheDocument();
  });

  it('should sum up what will sync, link the account and say you are all set', async () => {
    const rendered = renderWidget();
    const { user, server, onSuccess } = rendered;
    await submitKey(user);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'Confirm the connection' })).toHaveFocus();
    expect(screen.getByText('3 users and 2 roles will sync from Acme HR.')).toBeInTheDocument();
    expect(screen.getByText('Region: United States')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Link account' }));
    expect(await screen.findByRole('heading', { name: "You're all set" })).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({
      accountId: 'acc_1',
      provider: 'acme-hr',
      mode: 'create',
    });
    const [confirm] = server.calls('confirm');
    expect(confirm?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
  });

  it('given a reconnect session, should open on the form, guide one click away, and word the flow as replacing the key', async () => {
    const server = createStubServer();
    server.reply('getLinkSession', ok('getLinkSession', acmeSession({ mode: 'reconnect' })));
    server.reply(
      'confirm',
      ok('confirm', { accountId: 'acc_9', provider: 'acme-hr', mode: 'reconnect' }),
    );
    const { user, onSuccess } = renderWidget({}, { server });
    expect(await screen.findByRole('heading', { name: 'Reconnect Acme HR' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'How to get your key' })).not.toBeInTheDocument();
    expect(screen.getByText(/will replace the ones in use now/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the guide' }));
    await user.click(screen.getByRole('button', { name: 'I have my new key' }));
    await user.type(screen.getByLabelText('Acme token'), 'acme_0123456789');
    await user.click(screen.getByRole('button', { name: 'Check new key' }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Confirm the new key' })).toBeInTheDocument();
    expect(
      screen.getByText('The Acme HR key in use now will be replaced by this one.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Replace key' }));
    expect(
      await screen.findByText('Your Acme HR key has been replaced. Syncing goes on.'),
    ).toBeInTheDocument();
    expect(onSuccess).toHaveBeenCalledWith({
      accountId: 'acc_9',
      provider: 'acme-hr',
      mode: 'reconnect',
    });
  });

  it('should enlarge a guide picture in a dialog and close it again', async () => {
    const { user } = renderWidget();
    await user.click(await screen.findByRole('button', { name: /Make a token/ }));
    const thumb = await screen.findByRole('button', {
      name: 'Enlarge the picture: The New token button',
    });
    await user.click(thumb);
    const dialog = screen.getByRole('dialog', { name: 'The New token button' });
    expect(within(dialog).getByRole('img', { name: 'The New token button' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(thumb).toHaveFocus();
  });

  it('given Cancel, should call onExit with the step', async () => {
    const { user, onExit, events } = renderWidget();
    await openForm(user);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onExit).toHaveBeenCalledExactlyOnceWith({ reason: 'cancelled', step: 'form' });
    expect(events().at(-1)).toEqual({ type: 'exited', reason: 'cancelled', step: 'form' });
  });
});
