import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import type { SandboxKey } from '../api';
import { SandboxKeyRow } from './SandboxKeyRow';

// Scenarios whose key links an account; every other one shows an error to recover from.
const linking = new Set([
  'smallCompanyAdmin',
  'smallCompanySecondAdmin',
  'midCompanyAdmin',
  'largeCompanyAdmin',
  'nonAdmin',
  'slow',
]);

/**
 * The sandbox's scenario keys, to paste into the widget: a shortcut past the console's journey.
 * They only work against the fake Lattice the demo runs, so the panel says so loudly. The page
 * behind the widget's modal dialog is inert, so the console (one click from the guide) lists the
 * same keys for while the dialog is open.
 */
export function SandboxKeysPanel() {
  const query = useQuery({ queryKey: ['sandbox-keys'], queryFn: api.sandboxKeys });
  if (query.data && !query.data.sandbox) return null;
  const keys = query.data?.keys ?? [];
  return (
    <section className="panel sandbox-panel" aria-labelledby="sandbox-keys-heading">
      <div className="panel-header">
        <h2 id="sandbox-keys-heading">Sandbox API keys</h2>
        <span className="badge warning">Sandbox only</span>
      </div>
      <p className="muted">
        Fake Lattice keys for the Lattice sandbox this demo runs. They work nowhere else, and a real
        Lattice key does not work here.
      </p>
      {query.data?.consoleUrl ? (
        <p>
          Or walk the real journey: the widget’s “Open Lattice” link opens the sandbox’s{' '}
          <a href={query.data.consoleUrl} target="_blank" rel="noopener noreferrer">
            Lattice console
          </a>
          , where a super admin generates a key and copies it. While the widget is open, the
          console’s sign-in page offers these same keys too.
        </p>
      ) : null}
      {query.isPending ? <p>Loading sandbox keys…</p> : null}
      {query.isError ? <p role="alert">{query.error.message}</p> : null}
      {query.data ? (
        <>
          <KeyGroup heading="Keys that link" keys={keys.filter((key) => linking.has(key.name))} />
          <KeyGroup heading="Keys that fail" keys={keys.filter((key) => !linking.has(key.name))} />
        </>
      ) : null}
    </section>
  );
}

function KeyGroup({ heading, keys }: { heading: string; keys: readonly SandboxKey[] }) {
  return (
    <>
      <h3 className="group-heading">{heading}</h3>
      <ul className="sandbox-keys" aria-label={heading}>
        {keys.map((key) => (
          <SandboxKeyRow key={key.name} sandboxKey={key} />
        ))}
      </ul>
    </>
  );
}
