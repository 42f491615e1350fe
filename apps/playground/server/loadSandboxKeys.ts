import { sandboxScenarios } from '@keylink/lattice/sandbox';
import type { SandboxKeyInfo } from './createPlaygroundApi';

/** The Lattice sandbox's scenario keys, for the page's "Sandbox keys" panel. */
export function loadSandboxKeys(): readonly SandboxKeyInfo[] {
  return sandboxScenarios.map(({ name, key, title, description, expected, companyName }) => ({
    name,
    key,
    title,
    description,
    expected,
    companyName,
  }));
}
