import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { GeneratedApiKey } from '../keyStore';
import { findPerson } from './people';
import type { ConsolePerson } from './people';

/** A message shown once on the next page (after a POST and its redirect). */
export interface Flash {
  kind: 'success' | 'error';
  text: string;
}

export interface ConsoleSession {
  companyKey: string;
  personId: string;
  flash: Flash | null;
  /** A key just generated: shown once by the next API Keys page, then forgotten. */
  reveal: GeneratedApiKey | null;
}

export interface SignedIn extends ConsolePerson {
  session: ConsoleSession;
}

const cookieName = 'lattice_sandbox_session';

/**
 * Who is signed in to the console, by a random cookie id; in memory, per sandbox instance (a
 * restarted sandbox signs everyone out, like a fresh Lattice would).
 */
export function createSessions() {
  const sessions = new Map<string, ConsoleSession>();

  return {
    signIn(c: Context, companyKey: string, personId: string): void {
      const id = crypto.randomUUID();
      sessions.set(id, { companyKey, personId, flash: null, reveal: null });
      setCookie(c, cookieName, id, { path: '/app', httpOnly: true, sameSite: 'Lax' });
    },
    signOut(c: Context): void {
      const id = getCookie(c, cookieName);
      if (id !== undefined) sessions.delete(id);
      deleteCookie(c, cookieName, { path: '/app' });
    },
    current(c: Context): SignedIn | undefined {
      const id = getCookie(c, cookieName);
      const session = id === undefined ? undefined : sessions.get(id);
      if (session === undefined) return undefined;
      const who = findPerson(session.companyKey, session.personId);
      return who && { ...who, session };
    },
  };
}

export type ConsoleSessions = ReturnType<typeof createSessions>;

/** Reads and clears the one-time flash. */
export function takeFlash(session: ConsoleSession): Flash | null {
  const { flash } = session;
  session.flash = null;
  return flash;
}
