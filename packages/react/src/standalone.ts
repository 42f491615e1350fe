// The standalone script (dist/standalone/keylink.js): mount() with React inside, for pages with
// no bundler or no React. Loaded with a <script> tag, it defines one global, `Keylink`.
export { mount } from './mount';
export type { MountedLinkAccount, MountOptions } from './mount';
export { en } from './locales/en';
export { fr } from './locales/fr';
