import type { SandboxKeyInfo } from './createPlaygroundApi';

/** The Lattice sandbox's scenario keys, for the page's "Sandbox keys" panel. */
export async function loadSandboxKeys(): Promise<readonly SandboxKeyInfo[]> {
  return [];
}
