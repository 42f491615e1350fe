export { LinkAccount } from './LinkAccount';
export type { LinkAccountProps } from './LinkAccount';
