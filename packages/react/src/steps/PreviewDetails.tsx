import type { Preview, UserStatus } from '@keylink/contract';
import { useMessages } from '../flow/WidgetContext';

const statusOrder: UserStatus[] = ['active', 'invited', 'pending', 'inactive'];

/** Users by status, a sample table and the roles with their counts. */
export function PreviewDetails({ preview }: { preview: Preview }) {
  const messages = useMessages();
  const roleNames = new Map(preview.roles.map((role) => [role.id, role.name]));
  const total = statusOrder.reduce((sum, status) => sum + preview.countsByStatus[status], 0);
  const dash = messages.emptyValue;
  return (
    <>
      <section className="kl-section">
        <h4 className="kl-section-title">{messages.statusHeading}</h4>
        <p>{messages.totalUsers(total)}</p>
        <dl className="kl-counts">
          {statusOrder.map((status) => (
            <div key={status} className="kl-count">
              <dt>{messages.statuses[status]}</dt>
              <dd>{preview.countsByStatus[status]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {preview.sample.length > 0 ? (
        <section className="kl-section">
          <h4 className="kl-section-title">{messages.sampleHeading}</h4>
          <div className="kl-table-wrap">
            <table className="kl-table">
              <caption className="kl-sr-only">{messages.sampleHeading}</caption>
              <thead>
                <tr>
                  <th scope="col">{messages.sampleColumns.name}</th>
                  <th scope="col">{messages.sampleColumns.email}</th>
                  <th scope="col">{messages.sampleColumns.title}</th>
                  <th scope="col">{messages.sampleColumns.roles}</th>
                </tr>
              </thead>
              <tbody>
                {preview.sample.map((user) => (
                  <tr key={user.id}>
                    <td>{user.name ?? user.preferredName ?? dash}</td>
                    <td>{user.email ?? dash}</td>
                    <td>{user.title ?? dash}</td>
                    <td>{user.roles.map((id) => roleNames.get(id) ?? id).join(', ') || dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {preview.roles.length > 0 ? (
        <section className="kl-section">
          <h4 className="kl-section-title">{messages.rolesHeading}</h4>
          <ul className="kl-roles">
            {preview.roles.map((role) => (
              <li key={role.id}>
                <strong>{role.name}</strong>: {messages.roleUsers(role.userCount)}
                {role.description ? <span className="kl-muted"> · {role.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
