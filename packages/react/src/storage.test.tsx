import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from './index';
import { ACME_KEY } from './test/acmeHr';
import { renderWidget, submitKey } from './test/renderWidget';
import { createStubServer, fail } from './test/stubServer';

// The key must never reach browser storage, cookies or the URL, not even for a moment: every
// write is recorded as it happens, so a key stored at verify and removed at success is caught,
// and every write is searched for the key as typed and in the encodings a careless line might
// use (base64, URL encoding, hex).

const writes: string[] = [];

function record(...parts: unknown[]): void {
  writes.push(parts.map((part) => String(part)).join('='));
}

beforeEach(() => {
  writes.length = 0;
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    key: string,
    value: string,
  ) {
    record(key, value);
    setItem.call(this, key, value);
  });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  vi.spyOn(Document.prototype, 'cookie', 'set').mockImplementation(function (
    this: Document,
    value: string,
  ) {
    record('cookie', value);
    cookie?.set?.call(this, value);
  });
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = History.prototype[method];
    vi.spyOn(History.prototype, method).mockImplementation(function (
      this: History,
      data: unknown,
      unused: string,
      url?: string | URL | null,
    ) {
      record(method, JSON.stringify(data), url ?? '');
      original.call(this, data, unused, url);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
});

const encodings = (key: string): string[] => [
  key,
  btoa(key),
  btoa(key).replace(/=+$/, ''),
  encodeURIComponent(key),
  [...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
];

/** The text, plus whatever its base64-looking runs decode to (a key inside encoded JSON). */
function withDecoded(text: string): string {
  const decoded = [...text.matchAll(/[A-Za-z0-9+/_-]{12,}={0,2}/g)].map(([run]) => {
    try {
      return atob(run.replace(/-/g, '+').replace(/_/g, '/'));
    } catch {
      return '';
    }
  });
  return [text, ...decoded].join('\n');
}

function expectNoKeyAnywhere(where: string): void {
  const now = [localStorage, sessionStorage].flatMap((storage) =>
    Object.keys(storage).map((name) => `${name}=${storage.getItem(name) ?? ''}`),
  );
  const everything = withDecoded(
    [...writes, ...now, document.cookie, window.location.href, history.state].join('\n'),
  );
  for (const form of encodings(ACME_KEY)) {
    expect(everything, `${where}: found the key (as ${form})`).not.toContain(form);
  }
}

describe('given the key typed into the widget', () => {
  it('should keep it out of storage, cookies and the URL at every step of a successful link', async () => {
    const { user } = renderWidget();
    await screen.findByRole('heading', { name: en.messages.guideHeading });
    expectNoKeyAnywhere('guide');
    await submitKey(user);
    expectNoKeyAnywhere('verifying');
    await screen.findByRole('heading', { name: 'Here is what we found' });
    expectNoKeyAnywhere('preview');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('button', { name: en.messages.confirmButton });
    expectNoKeyAnywhere('confirm');
    await user.click(screen.getByRole('button', { name: en.messages.confirmButton }));
    await screen.findByRole('heading', { name: "You're all set" });
    expectNoKeyAnywhere('success');
  });

  it.each([
    ['an invalid key', 422, 'invalid_credentials'],
    ['Lattice rate-limiting', 429, 'provider_rate_limited'],
    ['Lattice being down', 502, 'provider_unavailable'],
    ['an expired session', 410, 'session_expired'],
  ] as const)('should keep it out of storage after %s', async (_name, status, code) => {
    const server = createStubServer();
    server.reply('verify', fail(status, code));
    const { user } = renderWidget({}, { server });
    await submitKey(user);
    expectNoKeyAnywhere('verifying');
    if (code === 'session_expired') {
      await screen.findByRole('heading', { name: en.messages.endHeadings.session_expired });
    } else {
      await screen.findByRole('alert');
    }
    expectNoKeyAnywhere(`after ${code}`);
  });

  it('should catch a key written anywhere, however encoded (the check itself works)', () => {
    sessionStorage.setItem('draft', btoa(JSON.stringify({ apiKey: ACME_KEY })));
    sessionStorage.removeItem('draft');
    expect(() => expectNoKeyAnywhere('probe')).toThrow(/found the key/);
  });
});
