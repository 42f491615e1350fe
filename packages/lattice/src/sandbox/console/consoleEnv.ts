import type { SignedIn } from './sessions';

/** What the console's middleware puts on the context for its pages. */
export type ConsoleEnv = { Variables: { who: SignedIn } };
