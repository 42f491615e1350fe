import type { UnifiedUser } from '@keylink/contract';
import { useMessages } from '../flow/WidgetContext';

interface PreviewSampleProps {
  users: readonly UnifiedUser[];
  /** A list of cards (narrow screens) rather than a table: every field stays visible. */
  cards: boolean;
  rolesOf: (user: UnifiedUser) => string;
}

/** A few of the users: name, email, title and roles, as a table or as cards. */
export function PreviewSample({ users, cards, rolesOf }: PreviewSampleProps) {
  const messages = useMessages();
  const columns = messages.sampleColumns;
  const dash = messages.emptyValue;
  const fields = (user: UnifiedUser) => [
    [columns.name, user.name ?? user.preferredName ?? dash],
    [columns.email, user.email ?? dash],
    [columns.title, user.title ?? dash],
    [columns.roles, rolesOf(user)],
  ];

  return (
    <section className="kl-section">
      <h4 className="kl-section-title">{messages.sampleHeading}</h4>
      {cards ? (
        <ul className="kl-cards">
          {users.map((user) => (
            <li key={user.id} className="kl-card">
              <dl>
                {fields(user).map(([label, value]) => (
                  <div key={label} className="kl-card-field">
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        // Focusable and named, so a keyboard can scroll it when a long email overflows.
        <div
          className="kl-table-wrap"
          tabIndex={0}
          role="region"
          aria-label={messages.sampleHeading}
        >
          <table className="kl-table">
            <caption className="kl-sr-only">{messages.sampleHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.email}</th>
                <th scope="col">{columns.title}</th>
                <th scope="col">{columns.roles}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  {fields(user).map(([label, value]) => (
                    <td key={label}>{value}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
