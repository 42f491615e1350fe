// StrykerJS for packages/server: the session, confirm, credential, encryption and scrubbing modules.
import { strykerConfig } from './strykerConfig.mjs';

export default strykerConfig('server', [
  'src/sessions.ts',
  'src/confirm.ts',
  'src/credentials.ts',
  'src/encryption.ts',
  'src/scrub.ts',
]);
