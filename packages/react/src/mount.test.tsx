import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fr } from './locales/fr';
import { mount } from './mount';
import { STUB_TOKEN, STUB_URL, createStubServer } from './test/stubServer';

describe('mount', () => {
  let element: HTMLElement;
  afterEach(() => element.remove());

  it('should render the widget into an element, update it and unmount it', async () => {
    const server = createStubServer();
    vi.stubGlobal('fetch', server.fetch);
    element = document.createElement('div');
    document.body.append(element);
    const onEvent = vi.fn();
    let widget: ReturnType<typeof mount> | undefined;
    act(() => {
      widget = mount(element, {
        sessionToken: STUB_TOKEN,
        serverUrl: STUB_URL,
        onSuccess: vi.fn(),
        onExit: vi.fn(),
        onEvent,
      });
    });
    expect(await screen.findByRole('heading', { name: 'Connect Acme HR' })).toBeInTheDocument();
    // Rendered in StrictMode, still one session request and one `opened`.
    expect(server.calls('getLinkSession')).toHaveLength(1);
    expect(onEvent.mock.calls.filter(([event]) => event.type === 'opened')).toHaveLength(1);

    act(() => widget?.update({ locale: fr, theme: { mode: 'dark' } }));
    expect(screen.getByRole('heading', { name: 'Connecter Acme HR' })).toBeInTheDocument();
    expect(element.querySelector('.kl-root')).toHaveClass('kl-theme-dark');

    act(() => widget?.unmount());
    expect(element).toBeEmptyDOMElement();
  });
});
