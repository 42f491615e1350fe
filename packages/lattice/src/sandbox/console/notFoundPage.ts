import { html } from 'hono/html';
import { page } from './layout';
import type { Html } from './layout';
import type { SignedIn } from './sessions';

export function notFoundPage(who?: SignedIn): Html {
  return page({
    title: 'Page not found',
    who,
    body: html`<h1>Page not found</h1>
      <p>There is no such page in this Lattice. <a href="/app">Go to Home</a></p>`,
  });
}
