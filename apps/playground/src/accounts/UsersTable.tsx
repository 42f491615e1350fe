import type { UnifiedRole, UserStatus } from '@keylink/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api';

const pageSize = 10;

const statusLabels: Record<UserStatus, string> = {
  active: 'Active',
  invited: 'Invited',
  pending: 'Pending',
  inactive: 'Inactive',
};

/** The account's users, a page at a time, with Keylink's cursors kept for going back. */
export function UsersTable({ accountId }: { accountId: string }) {
  // Cursors of the pages before the current one; the current page's cursor is the last.
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const rangeId = useId();
  const cursor = cursors.at(-1);
  const page = cursors.length;
  const users = useQuery({
    queryKey: ['users', accountId, cursor],
    queryFn: () => api.users(accountId, cursor, pageSize),
    placeholderData: keepPreviousData,
  });
  const roles = useQuery({ queryKey: ['roles', accountId], queryFn: () => api.roles(accountId) });
  const roleNames = new Map(
    (roles.data?.data ?? []).map((role: UnifiedRole) => [role.id, role.name]),
  );

  if (users.isPending) return <p>Loading users…</p>;
  if (users.isError) {
    return (
      <p role="alert" className="error-text">
        {users.error.message}
      </p>
    );
  }
  const first = (page - 1) * pageSize + 1;
  const last = first + users.data.data.length - 1;
  const nextCursor = users.data.nextCursor;

  return (
    <div className="table-wrap">
      <table className="data-table" aria-describedby={rangeId}>
        <caption>Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Roles</th>
          </tr>
        </thead>
        <tbody>
          {users.data.data.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name ?? user.preferredName ?? '—'}</th>
              <td>{user.email ?? '—'}</td>
              <td>{user.title ?? '—'}</td>
              <td>{statusLabels[user.status]}</td>
              <td>{user.roles.map((id) => roleNames.get(id) ?? id).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav className="pager" aria-label="Users pages">
        <button
          type="button"
          className="button small"
          disabled={page === 1 || users.isFetching}
          onClick={() => setCursors((current) => current.slice(0, -1))}
        >
          Previous page
        </button>
        <span id={rangeId} aria-live="polite">
          {users.data.data.length === 0 ? 'No users' : `Page ${page}: users ${first}–${last}`}
        </span>
        <button
          type="button"
          className="button small"
          disabled={!nextCursor || users.isFetching}
          onClick={() => nextCursor && setCursors((current) => [...current, nextCursor])}
        >
          Next page
        </button>
      </nav>
    </div>
  );
}
