import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { SandboxKeyRow } from './SandboxKeyRow';

/**
 * The sandbox's scenario keys, to paste into the widget. They only work against the fake Lattice
 * the demo runs, so the panel says so loudly.
 */
export function SandboxKeysPanel() {
  const query = useQuery({ queryKey: ['sandbox-keys'], queryFn: api.sandboxKeys });
  if (query.data && !query.data.sandbox) return null;
  return (
    <section className="panel sandbox-panel" aria-labelledby="sandbox-keys-heading">
      <div className="panel-header">
        <h2 id="sandbox-keys-heading">Sandbox API keys</h2>
        <span className="badge warning">Sandbox only</span>
      </div>
      <p className="muted">
        Fake Lattice keys for the Lattice sandbox this demo runs. Each one plays a company or a
        failure. They work nowhere else, and a real Lattice key does not work here.
      </p>
      {query.isPending ? <p>Loading sandbox keys…</p> : null}
      {query.isError ? <p role="alert">{query.error.message}</p> : null}
      {query.data ? (
        <ul className="sandbox-keys" aria-label="Sandbox keys">
          {query.data.keys.map((key) => (
            <SandboxKeyRow key={key.name} sandboxKey={key} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
