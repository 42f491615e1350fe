import type { ProviderDescriptor } from '@keylink/contract';
import { useMessages } from '../flow/WidgetContext';

/** "Contact Keylink support: support@…", with a mail link. */
export function SupportContact({ support }: { support: ProviderDescriptor['support'] }) {
  const messages = useMessages();
  return (
    <>
      {messages.contactSupport(support.label)}{' '}
      <a className="kl-link" href={`mailto:${support.email}`}>
        {support.email}
      </a>
    </>
  );
}
