import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Mock } from 'vitest';
import { LinkAccount } from '../index';
import type {
  LinkAccountEvent,
  LinkAccountOnError,
  LinkAccountOnEvent,
  LinkAccountOnExit,
  LinkAccountOnSuccess,
  LinkAccountProps,
} from '../index';
import { ACME_KEY } from './acmeHr';
import { STUB_TOKEN, STUB_URL, createStubServer } from './stubServer';
import type { StubServer } from './stubServer';

interface RenderOptions {
  server?: StubServer;
  strict?: boolean;
  /** Use Vitest's fake timers (user-event advances them as it types). */
  fakeTimers?: boolean;
}

type User = ReturnType<typeof userEvent.setup>;

export interface RenderedWidget {
  container: HTMLElement;
  unmount: () => void;
  rerender: (ui: ReactElement) => void;
  server: StubServer;
  user: User;
  onSuccess: Mock<LinkAccountOnSuccess>;
  onExit: Mock<LinkAccountOnExit>;
  onEvent: Mock<LinkAccountOnEvent>;
  onError: Mock<LinkAccountOnError>;
  /** Every event so far, in order. */
  events: () => LinkAccountEvent[];
}

/** Renders the widget against a stub server, with every callback recorded. */
export function renderWidget(
  props: Partial<LinkAccountProps> = {},
  options: RenderOptions = {},
): RenderedWidget {
  const server = options.server ?? createStubServer();
  vi.stubGlobal('fetch', vi.fn(server.fetch));
  if (options.fakeTimers) vi.useFakeTimers({ shouldAdvanceTime: true });
  const user = userEvent.setup(
    options.fakeTimers ? { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } : {},
  );
  const onSuccess = vi.fn<LinkAccountOnSuccess>();
  const onExit = vi.fn<LinkAccountOnExit>();
  const onEvent = vi.fn<LinkAccountOnEvent>();
  const onError = vi.fn<LinkAccountOnError>();
  const ui = (
    <LinkAccount
      sessionToken={STUB_TOKEN}
      serverUrl={STUB_URL}
      onSuccess={onSuccess}
      onExit={onExit}
      onEvent={onEvent}
      onError={onError}
      {...props}
    />
  );
  const { container, unmount, rerender } = render(
    options.strict ? <StrictMode>{ui}</StrictMode> : ui,
  );
  const events = (): LinkAccountEvent[] => onEvent.mock.calls.map(([event]) => event);
  return {
    container,
    unmount,
    rerender,
    server,
    user,
    onSuccess,
    onExit,
    onEvent,
    onError,
    events,
  };
}

/** From the guide to the form. */
export async function openForm(user: User) {
  await user.click(await screen.findByRole('button', { name: 'I have my key' }));
  return screen.findByLabelText('Acme token');
}

/** Pastes a key and selects Check key. */
export async function submitKey(user: User, key = ACME_KEY) {
  const field = await openForm(user);
  await user.click(field);
  await user.paste(key);
  await user.click(screen.getByRole('button', { name: 'Check key' }));
}

/** Every argument the host's callbacks received, as text, to look for the key in. */
export function everythingTheHostSaw(rendered: RenderedWidget): string {
  const { onSuccess, onExit, onEvent, onError } = rendered;
  return JSON.stringify([
    onSuccess.mock.calls,
    onExit.mock.calls,
    onEvent.mock.calls,
    onError.mock.calls,
  ]);
}
