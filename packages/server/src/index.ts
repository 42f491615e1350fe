export { createKeylinkServer } from './createKeylinkServer';
export type { KeylinkServer, KeylinkServerOptions } from './createKeylinkServer';
export { createDatabase, databaseConfigFromEnv } from './db/createDatabase';
export type { DatabaseConfig, KeylinkDatabase } from './db/createDatabase';
export { createEncryption, generateEncryptionKey } from './encryption';
export type { Encryption } from './encryption';
export { createLogger } from './logging';
export { rotateEncryptionKeys } from './rotateEncryptionKeys';
export type { RotationResult } from './rotateEncryptionKeys';
