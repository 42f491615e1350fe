import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { AccountCard } from './AccountCard';

interface LinkedAccountsProps {
  onReconnect: (accountId: string) => void;
  onRemoved: (accountId: string) => void;
}

/** The organisation's linked accounts, read by Acme's backend from keylink-server. */
export function LinkedAccounts({ onReconnect, onRemoved }: LinkedAccountsProps) {
  // Refreshed now and then, so each card's last key check stays current (webhooks reload it at
  // once when an account changes).
  const accounts = useQuery({
    queryKey: ['accounts'],
    queryFn: api.accounts,
    refetchInterval: 5000,
  });
  return (
    <section className="section" aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">Linked accounts</h2>
      {accounts.isPending ? <p>Loading linked accounts…</p> : null}
      {accounts.isError ? (
        <p role="alert" className="error-text">
          {accounts.error.message}
        </p>
      ) : null}
      {accounts.data?.data.length === 0 ? (
        <p className="empty">
          No account linked yet. Connect Lattice above to bring in your people.
        </p>
      ) : null}
      {accounts.data?.data.map((account) => (
        <AccountCard
          key={account.id}
          account={account}
          onReconnect={() => onReconnect(account.id)}
          onRemoved={() => onRemoved(account.id)}
        />
      ))}
    </section>
  );
}
