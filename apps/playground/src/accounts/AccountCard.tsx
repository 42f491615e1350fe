import type { Account } from '@keylink/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api';
import { RolesTable } from './RolesTable';
import { UsersTable } from './UsersTable';

interface AccountCardProps {
  account: Account;
  onReconnect: () => void;
  onRemoved: () => void;
}

const checkOutcome: Record<NonNullable<Account['lastCheckOutcome']>, string> = {
  ok: 'works',
  access_changed: 'works, with a different reach',
  rejected: 'refused by Lattice',
  provider_unavailable: 'Lattice did not answer; checked again soon',
};

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** One linked account: who linked it, its state, its users and roles, and what can be done. */
export function AccountCard({ account, onReconnect, onRemoved }: AccountCardProps) {
  const headingId = useId();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => api.removeAccount(account.id),
    onSuccess: async () => {
      onRemoved();
      await queryClient.invalidateQueries({ queryKey: ['accounts'] });
    },
  });
  const owner = account.ownerName ?? account.ownerEmail ?? 'an unnamed Lattice user';

  return (
    <article className="account-card" aria-labelledby={headingId}>
      <header className="account-header">
        <div>
          <h3 id={headingId}>{`Lattice account linked by ${owner}`}</h3>
          <p className="muted">
            {account.ownerEmail ?? 'no email'} · account <code>{account.id}</code>
          </p>
        </div>
        <span className={`badge ${account.status === 'active' ? 'success' : 'warning'}`}>
          {account.status === 'active' ? 'Active' : 'Needs reconnect'}
        </span>
      </header>
      <dl className="facts">
        <div>
          <dt>Access</dt>
          <dd>{account.access === 'full' ? 'Whole company' : 'Part of the company'}</dd>
        </div>
        <div>
          <dt>Region</dt>
          <dd>{account.region?.toUpperCase() ?? 'Default'}</dd>
        </div>
        <div>
          <dt>Linked</dt>
          <dd>{dateFormat.format(new Date(account.createdAt))}</dd>
        </div>
        <div>
          <dt>Key last checked</dt>
          <dd>
            {account.lastCheckedAt
              ? `${dateFormat.format(new Date(account.lastCheckedAt))}: ${checkOutcome[account.lastCheckOutcome ?? 'ok']}`
              : `Not yet (verified ${dateFormat.format(new Date(account.lastVerifiedAt))})`}
          </dd>
        </div>
      </dl>
      {account.status === 'needs_reconnect' ? (
        <p className="reconnect-notice" role="status">
          Lattice no longer accepts this account&apos;s key: it may have been revoked. Reconnect it
          with a new key to keep reading its people.
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={onReconnect}>
          Reconnect
        </button>
        {confirming ? null : (
          <button
            type="button"
            className="button danger-outline"
            onClick={() => setConfirming(true)}
          >
            Remove
          </button>
        )}
      </div>
      {confirming ? (
        <div className="confirm-box" role="group" aria-label="Confirm removal">
          <p>
            Remove this account? Acme stops reading its people and Keylink destroys the stored key.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {remove.isPending ? 'Removing…' : 'Remove account'}
            </button>
            <button type="button" className="button ghost" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
          {remove.isError ? (
            <p role="alert" className="error-text">
              {remove.error.message}
            </p>
          ) : null}
        </div>
      ) : null}
      <RolesTable accountId={account.id} />
      <UsersTable accountId={account.id} />
    </article>
  );
}
