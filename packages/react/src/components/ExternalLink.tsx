import type { Link } from '@keylink/contract';
import { useMessages } from '../flow/WidgetContext';

/** A link out of the widget, in a new tab, saying so to screen readers. */
export function ExternalLink({ link }: { link: Link }) {
  const messages = useMessages();
  return (
    <a className="kl-link" href={link.url} target="_blank" rel="noopener noreferrer">
      {link.label}
      <span className="kl-sr-only"> {messages.opensInNewTab}</span>
    </a>
  );
}
