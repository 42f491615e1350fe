import { LinkAccount } from '@keylink/react';
import type { LinkAccountProps } from '@keylink/react';

/** The widget placed in the page, as an onboarding step would show it. */
export function InlineWidget({ props }: { props: LinkAccountProps }) {
  return <LinkAccount {...props} />;
}
