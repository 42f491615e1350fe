import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LinkAccount } from './LinkAccount';
import type { LinkAccountProps } from './LinkAccount';

export type { LinkAccountProps as MountOptions } from './LinkAccount';

export interface MountedLinkAccount {
  /** Removes the widget and frees what it holds. */
  unmount: () => void;
  /** Changes some options (callbacks, theme, locale…); a new session token restarts the flow. */
  update: (options: Partial<LinkAccountProps>) => void;
}

/**
 * Renders the widget into an element, for hosts that do not use React. Include
 * `@keylink/react/styles.css` on the page.
 *
 * @example
 * import { mount } from '@keylink/react/mount';
 * const widget = mount(document.getElementById('link')!, {
 *   sessionToken, serverUrl: 'https://keylink.example.com',
 *   onSuccess: ({ accountId }) => save(accountId),
 * });
 * // later: widget.unmount();
 */
export function mount(element: Element, options: LinkAccountProps): MountedLinkAccount {
  const root = createRoot(element);
  let current = options;
  const render = () =>
    root.render(
      <StrictMode>
        <LinkAccount {...current} />
      </StrictMode>,
    );
  render();
  return {
    unmount: () => root.unmount(),
    update: (next) => {
      current = { ...current, ...next };
      render();
    },
  };
}
