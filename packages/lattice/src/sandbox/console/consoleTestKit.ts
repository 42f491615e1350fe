// Helpers for the console's tests: a browser-like visitor (cookie, same-origin forms) over
// sandbox.fetch, and just enough HTML reading to follow links and buttons by their text.
import type { LatticeSandbox } from '../createLatticeSandbox';

export const consoleOrigin = 'http://lattice-sandbox.local';

const text = (markup: string): string =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Links as [accessible text, href], in page order. */
export function linksOf(page: string): [string, string][] {
  return [...page.matchAll(/<a\s[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a\s*>/g)].map((m) => [
    text(m[2] ?? ''),
    m[1] ?? '',
  ]);
}

export function linkTo(page: string, name: string): string {
  const hrefs = linksOf(page).filter(([label]) => label === name);
  const [first] = hrefs;
  if (first === undefined) throw new Error(`no link named "${name}"`);
  return first[1];
}

export const buttonsOf = (page: string): string[] =>
  [...page.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button\s*>/g)].map((m) => text(m[1] ?? ''));

/** The sign-in choices: [company key, person id, button text]. */
export function choicesOf(page: string): { company: string; person: string; label: string }[] {
  return [
    ...page.matchAll(
      /name="company" value="([^"]+)"\s*\/>\s*<input type="hidden" name="person" value="([^"]+)"\s*\/>\s*<button[^>]*>([\s\S]*?)<\/button/g,
    ),
  ].map((m) => ({ company: m[1] ?? '', person: m[2] ?? '', label: text(m[3] ?? '') }));
}

export interface Visitor {
  get(path: string): Promise<Response>;
  /** A form post from a page of the console (same origin), or from `origin`. */
  post(path: string, form?: Record<string, string>, origin?: string | null): Promise<Response>;
  signInAs(company: string, role: RegExp): Promise<void>;
}

export function visitor(sandbox: LatticeSandbox): Visitor {
  let cookie = '';
  const remember = (response: Response) => {
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
  const self: Visitor = {
    get: async (path) =>
      remember(await sandbox.fetch(`${consoleOrigin}${path}`, { headers: { cookie } })),
    post: async (path, form = {}, origin = consoleOrigin) => {
      const headers: Record<string, string> = {
        cookie,
        'content-type': 'application/x-www-form-urlencoded',
      };
      if (origin !== null) headers.origin = origin;
      return remember(
        await sandbox.fetch(`${consoleOrigin}${path}`, {
          method: 'POST',
          headers,
          body: new URLSearchParams(form).toString(),
        }),
      );
    },
    async signInAs(company, role) {
      const page = await (await self.get('/app/sign-in')).text();
      const choice = choicesOf(page).find((c) => c.company === company && role.test(c.label));
      if (choice === undefined) throw new Error(`no ${String(role)} to sign in as in ${company}`);
      const response = await self.post('/app/sign-in', {
        company: choice.company,
        person: choice.person,
      });
      if (response.status !== 303) throw new Error(`sign-in answered ${response.status}`);
    },
  };
  return self;
}
