import type { Preview, RoleLabel, UnifiedUser, UserStatus } from '@keylink/contract';
import { useRef } from 'react';
import { useIsNarrow } from '../flow/useIsNarrow';
import { useMessages } from '../flow/WidgetContext';
import { PreviewSample } from './PreviewSample';

const statusOrder: UserStatus[] = ['active', 'invited', 'pending', 'inactive'];

/** Below this width the sample is a list of cards: a table that wide would hide columns. */
const cardsBelowPx = 480;

interface PreviewDetailsProps {
  preview: Preview;
  /** The roles' names and meanings in the widget's language, from the descriptor. */
  roleLabels: readonly RoleLabel[];
}

/** Users by status, a sample of users and the roles with their counts. */
export function PreviewDetails({ preview, roleLabels }: PreviewDetailsProps) {
  const messages = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  const narrow = useIsNarrow(ref, cardsBelowPx);
  const labels = new Map(roleLabels.map((label) => [label.id, label]));
  const roleName = (id: string, fallback: string) => labels.get(id)?.name ?? fallback;
  const roleNames = new Map(preview.roles.map((role) => [role.id, roleName(role.id, role.name)]));
  const rolesOf = (user: UnifiedUser) =>
    user.roles.map((id) => roleNames.get(id) ?? id).join(', ') || messages.emptyValue;
  const total = statusOrder.reduce((sum, status) => sum + preview.countsByStatus[status], 0);
  // Until the walk is over the per-role counts only cover the users read so far: say so.
  const counting = preview.status === 'running';

  return (
    <div ref={ref}>
      <section className="kl-section">
        <h4 className="kl-section-title">{messages.statusHeading}</h4>
        <p>{messages.totalUsers(total)}</p>
        <dl className="kl-counts">
          {statusOrder.map((status) => (
            <div key={status} className="kl-count">
              <dt>{messages.statuses[status]}</dt>
              <dd>{messages.number(preview.countsByStatus[status])}</dd>
            </div>
          ))}
        </dl>
      </section>
      {preview.sample.length > 0 ? (
        <PreviewSample users={preview.sample} cards={narrow} rolesOf={rolesOf} />
      ) : null}
      {preview.roles.length > 0 ? (
        <section className="kl-section">
          <h4 className="kl-section-title">{messages.rolesHeading}</h4>
          <ul className="kl-roles">
            {preview.roles.map((role) => {
              const description = labels.get(role.id)?.description ?? role.description;
              return (
                <li key={role.id}>
                  <strong>{roleName(role.id, role.name)}</strong>:{' '}
                  {counting ? messages.roleCounting : messages.roleUsers(role.userCount)}
                  {description ? <span className="kl-muted"> · {description}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
