// Compiles only if the published declarations resolve under this host's moduleResolution. Each
// wrong use below would compile against `any`, so each is marked @ts-expect-error: an unused one
// is an error, which is what catches declarations that resolve to nothing.
import type { LinkAccountProps } from '@keylink/react';
import { en } from '@keylink/react';
import { fr } from '@keylink/react/locales/fr';
import { mount } from '@keylink/react/mount';
import type { MountedLinkAccount } from '@keylink/react/mount';

// @ts-expect-error sessionToken is a string
export const wrongToken: LinkAccountProps = { sessionToken: 42, serverUrl: '' };

export const mountBySelector = (): MountedLinkAccount =>
  // @ts-expect-error mount() takes an element, not a selector
  mount('#app', { sessionToken: '', serverUrl: '' });

export function checkPublicTypes(): void {
  for (const locale of [en, fr]) {
    // @ts-expect-error a locale has no such field
    if (locale.notAField !== undefined) throw new Error('Unexpected locale field.');
  }
}
