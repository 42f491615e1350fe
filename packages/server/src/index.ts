export { createKeylinkServer } from './createKeylinkServer';
export type { KeylinkServer } from './createKeylinkServer';
