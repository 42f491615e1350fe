// A host app that installed @keylink/react from its tarball: renders <LinkAccount> with the
// session token and server URL from the page's query (the consumer test made the session).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LinkAccount } from '@keylink/react';
import type { LinkAccountProps, LinkAccountSuccess } from '@keylink/react';
import '@keylink/react/styles.css';
import { checkPublicTypes } from './publicTypes.js';

const query = new URLSearchParams(location.search);
const props: LinkAccountProps = {
  sessionToken: query.get('token') ?? '',
  serverUrl: query.get('server') ?? '',
};

function Host() {
  const [linked, setLinked] = useState<LinkAccountSuccess>();
  return (
    <main>
      <h1>Consumer host</h1>
      {linked ? <p role="status">Linked account {linked.accountId}</p> : null}
      <LinkAccount {...props} onSuccess={setLinked} />
    </main>
  );
}

const element = document.getElementById('app');
if (element === null) throw new Error('No #app element.');
checkPublicTypes();
createRoot(element).render(
  <StrictMode>
    <Host />
  </StrictMode>,
);
