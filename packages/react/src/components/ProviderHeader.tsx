import type { LinkSession } from '@keylink/contract';
import { useMessages } from '../flow/WidgetContext';
import { illustrationSrc } from './illustrationSrc';

/** The provider's logo and name, and whose organisation is being linked. */
export function ProviderHeader({ session }: { session: LinkSession }) {
  const messages = useMessages();
  const { provider } = session;
  const title =
    session.mode === 'reconnect'
      ? messages.titleReconnect(provider.name)
      : messages.title(provider.name);
  return (
    <header className="kl-header">
      <img
        className="kl-logo"
        src={illustrationSrc(provider.logo)}
        alt={provider.logo.alt}
        decoding="async"
      />
      <div>
        <h2 className="kl-title">{title}</h2>
        {session.originOwnerName ? (
          <p className="kl-subtitle">{messages.forOwner(session.originOwnerName)}</p>
        ) : null}
      </div>
    </header>
  );
}
