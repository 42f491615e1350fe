// StrykerJS for packages/server: the session, confirm, credential, encryption and scrubbing modules.
import { fileURLToPath } from 'node:url';
import { strykerConfig } from './strykerConfig.mjs';

export default strykerConfig(
  'server',
  ['src/sessions.ts', 'src/confirm.ts', 'src/credentials.ts', 'src/encryption.ts', 'src/scrub.ts'],
  fileURLToPath(new URL('./server.vitest.config.mjs', import.meta.url)),
);
