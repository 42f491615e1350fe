import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

/** The account's roles as Keylink reports them (derived, for Lattice). */
export function RolesTable({ accountId }: { accountId: string }) {
  const roles = useQuery({ queryKey: ['roles', accountId], queryFn: () => api.roles(accountId) });
  if (roles.isPending) return <p>Loading roles…</p>;
  if (roles.isError) {
    return (
      <p role="alert" className="error-text">
        {roles.error.message}
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Roles</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">What it means</th>
            <th scope="col" className="numeric">
              People
            </th>
          </tr>
        </thead>
        <tbody>
          {roles.data.data.map((role) => (
            <tr key={role.id}>
              <th scope="row">{role.name}</th>
              <td>
                {role.description}
                {role.source === 'derived' ? <span className="muted"> (derived)</span> : null}
              </td>
              <td className="numeric">{role.userCount?.toLocaleString('en-US') ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
