import { expect } from '@playwright/test';
import type { BrowserContext, Page, Response } from '@playwright/test';

/** A body the browser received, or why it could not be read (which fails the check). */
type Received = { url: string; text: string } | { url: string; unreadable: string };

/** The forms a key may be kept in: as is, base64 (padded or not, url-safe) and URL-encoded. */
function disguises(key: string): string[] {
  const base64 = Buffer.from(key, 'utf8').toString('base64');
  return [
    ...new Set([
      key,
      base64,
      base64.replace(/=+$/, ''),
      Buffer.from(key, 'utf8').toString('base64url'),
      encodeURIComponent(key),
      encodeURIComponent(base64),
    ]),
  ];
}

/** A stored text and what it says decoded: URL-decoded, and each base64-looking run decoded. */
function readings(text: string): string[] {
  const out = [text];
  try {
    out.push(decodeURIComponent(text));
  } catch {
    // Not URL-encoded: the raw text stands.
  }
  for (const run of text.match(/[A-Za-z0-9+/_-]{16,}={0,2}/g) ?? []) {
    out.push(Buffer.from(run, 'base64').toString('latin1'));
  }
  return out;
}

/** Everything one page keeps where scripts or the person could find it later. */
async function pageStorage(page: Page) {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    // A page with an opaque origin (about:blank before the first navigation, or after a test
    // timed out) has no storage at all: reading it throws a SecurityError, and nothing is there.
    if (window.origin === 'null') {
      return {
        url: window.location.href,
        localStorage: [],
        sessionStorage: [],
        cookie: '',
        indexedDB: [],
      };
    }
    const databases: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const objects = db.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = [
          await request(objects.getAllKeys()),
          await request(objects.getAll()),
        ];
        databases.push(JSON.stringify({ name, store, keys, values }));
      }
      db.close();
    }
    return {
      url: window.location.href,
      localStorage: Object.entries(localStorage).flat(),
      sessionStorage: Object.entries(sessionStorage).flat(),
      cookie: document.cookie,
      indexedDB: databases,
    };
  });
}

/** Responses whose bodies may carry a Lattice key only by mistake: Keylink's and Acme's APIs. */
const keyFree = (url: string) => {
  const path = new URL(url).pathname;
  return path.startsWith('/v1/link/') || (path.startsWith('/api/') && path !== '/api/sandbox-keys');
};

/**
 * Watches one browser context for Lattice keys from the test's first request: `check` fails when
 * a watched key is in any page's localStorage, sessionStorage, indexedDB, cookies or URL, in a
 * request URL, in the console, or in the body of an answer from Keylink or Acme's backend — as
 * is, base64 or URL-encoded — and when the host's secret key (kl_sk_…) reached the browser at
 * all. A data body (fetch, XHR, document) that cannot be read fails the check too.
 */
export class KeyGuard {
  private readonly context: BrowserContext;
  private readonly keys = new Set<string>();
  private readonly consoleText: string[] = [];
  private readonly requestUrls: string[] = [];
  private readonly received: Promise<Received>[] = [];

  constructor(context: BrowserContext) {
    this.context = context;
    context.on('console', (message) => this.consoleText.push(message.text()));
    context.on('weberror', (error) => this.consoleText.push(String(error.error())));
    context.on('request', (request) => this.requestUrls.push(request.url()));
    context.on('response', (response) => {
      const type = response.request().resourceType();
      // Scripts, styles and images are the app's own files, not data. Redirects, 204, 205 and
      // answers to HEAD have no body by definition (the browser keeps none to read).
      if (!['fetch', 'xhr', 'document'].includes(type)) return;
      const status = response.status();
      if ((status >= 300 && status < 400) || status === 204 || status === 205) return;
      if (response.request().method() === 'HEAD') return;
      this.received.push(read(response));
    });
  }

  /** How many data bodies the guard has received so far (a check over none proves nothing). */
  get bodiesReceived(): number {
    return this.received.length;
  }

  /** Keys to look for from now on (every sandbox key the test reads, every key it pastes). */
  watch(...keys: string[]) {
    for (const key of keys) if (key !== '') this.keys.add(key);
  }

  async check(when: string) {
    const bodies = await Promise.all(this.received);
    const unreadable = bodies.flatMap((body) =>
      'unreadable' in body ? [`${body.url}: ${body.unreadable}`] : [],
    );
    expect(unreadable, `bodies the browser received but the check could not read, ${when}`).toEqual(
      [],
    );
    const texts = bodies.flatMap((body) => ('text' in body ? [body] : []));
    expect(
      texts.filter((body) => body.text.includes('kl_sk_')).map((body) => body.url),
      `answers carrying the host's secret key, ${when}`,
    ).toEqual([]);

    const stored = await Promise.all(this.context.pages().map((page) => pageStorage(page)));
    const cookies = await this.context.cookies();
    const places: Record<string, string[]> = {
      localStorage: stored.flatMap((s) => s.localStorage),
      sessionStorage: stored.flatMap((s) => s.sessionStorage),
      indexedDB: stored.flatMap((s) => s.indexedDB),
      cookies: [...stored.map((s) => s.cookie), ...cookies.flatMap((c) => [c.name, c.value])],
      'page URLs': stored.map((s) => s.url),
      'request URLs': this.requestUrls,
      console: this.consoleText,
      'answers from Keylink or Acme': texts.filter((b) => keyFree(b.url)).map((b) => b.text),
    };
    const found: string[] = [];
    for (const [place, values] of Object.entries(places)) {
      for (const value of values) {
        const seen = readings(value);
        for (const key of this.keys) {
          if (disguises(key).some((form) => seen.some((text) => text.includes(form)))) {
            found.push(`${place}: ${value.slice(0, 200)}`);
          }
        }
      }
    }
    expect(found, `a Lattice key kept or shown by the browser, ${when}`).toEqual([]);
  }
}

async function read(response: Response): Promise<Received> {
  const url = response.url();
  try {
    return { url, text: await response.text() };
  } catch (error) {
    return { url, unreadable: error instanceof Error ? error.message : String(error) };
  }
}

const guards = new WeakMap<BrowserContext, KeyGuard>();

/** The guard of a context, made when the test's fixture starts (see fixtures.ts). */
export function keyGuardOf(context: BrowserContext): KeyGuard {
  let guard = guards.get(context);
  if (guard === undefined) {
    guard = new KeyGuard(context);
    guards.set(context, guard);
  }
  return guard;
}
