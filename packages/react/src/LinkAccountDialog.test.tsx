import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { LinkAccountDialog, useLinkAccount } from './index';
import type { LinkAccountOnEvent, LinkAccountOnExit } from './index';
import { STUB_TOKEN, STUB_URL, createStubServer } from './test/stubServer';

function Host({
  onExit,
  onEvent = () => {},
}: {
  onExit: LinkAccountOnExit;
  onEvent?: LinkAccountOnEvent;
}) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Connect Acme
      </button>
      <LinkAccountDialog
        open={open}
        onOpenChange={setOpen}
        sessionToken={STUB_TOKEN}
        serverUrl={STUB_URL}
        onSuccess={() => {}}
        onExit={onExit}
        onEvent={onEvent}
      />
    </main>
  );
}

function HookHost() {
  const link = useLinkAccount({
    sessionToken: STUB_TOKEN,
    serverUrl: STUB_URL,
    onSuccess: () => {},
    onExit: () => {},
    onEvent: () => {},
  });
  return (
    <main>
      <button type="button" onClick={link.open}>
        Open with the hook
      </button>
      <p>{link.isOpen ? 'open' : 'closed'}</p>
      {link.dialog}
    </main>
  );
}

function setup() {
  vi.stubGlobal('fetch', createStubServer().fetch);
  return userEvent.setup();
}

describe('LinkAccountDialog', () => {
  it('should move focus into the dialog when it opens', async () => {
    const user = setup();
    render(<Host onExit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Connect Acme' }));
    const dialog = screen.getByRole('dialog', { name: 'Link account' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toContainElement(
      document.activeElement instanceof HTMLElement ? document.activeElement : null,
    );
    expect(
      await within(dialog).findByRole('heading', { name: 'Connect Acme HR' }),
    ).toBeInTheDocument();
  });

  it('given Escape, should close, report the exit and give focus back to the opener', async () => {
    const user = setup();
    const onExit = vi.fn<LinkAccountOnExit>();
    render(<Host onExit={onExit} />);
    const opener = screen.getByRole('button', { name: 'Connect Acme' });
    await user.click(opener);
    await screen.findByRole('heading', { name: 'How to get your key' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(onExit).toHaveBeenCalledExactlyOnceWith({ reason: 'cancelled', step: 'guide' });
  });

  it('given StrictMode and the close button, should close and give focus back', async () => {
    const user = setup();
    const onExit = vi.fn<LinkAccountOnExit>();
    render(
      <StrictMode>
        <Host onExit={onExit} />
      </StrictMode>,
    );
    const opener = screen.getByRole('button', { name: 'Connect Acme' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(onExit).toHaveBeenCalledOnce();
  });

  it('given Cancel inside the widget, should close the dialog with one exit', async () => {
    const user = setup();
    const onExit = vi.fn<LinkAccountOnExit>();
    const onEvent = vi.fn<LinkAccountOnEvent>();
    render(<Host onExit={onExit} onEvent={onEvent} />);
    await user.click(screen.getByRole('button', { name: 'Connect Acme' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onExit).toHaveBeenCalledExactlyOnceWith({ reason: 'cancelled', step: 'guide' });
    expect(onEvent.mock.calls.filter(([event]) => event.type === 'exited')).toHaveLength(1);
  });

  it('given Escape in an enlarged picture, should close only the picture', async () => {
    const user = setup();
    render(<Host onExit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Connect Acme' }));
    const thumb = await screen.findByRole('button', {
      name: 'Enlarge the picture: The Acme settings menu',
    });
    await user.click(thumb);
    expect(screen.getByRole('dialog', { name: 'The Acme settings menu' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(
      screen.queryByRole('dialog', { name: 'The Acme settings menu' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Link account' })).toBeInTheDocument();
    expect(thumb).toHaveFocus();
  });
});

describe('useLinkAccount', () => {
  it('should open the widget in a dialog from the host button', async () => {
    const user = setup();
    render(<HookHost />);
    expect(screen.getByText('closed')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open with the hook' }));
    expect(screen.getByText('open')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Connect Acme HR' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByText('closed')).toBeInTheDocument();
  });
});
