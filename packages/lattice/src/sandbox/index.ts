export { createLatticeSandbox } from './createLatticeSandbox';
export type { LatticeSandbox } from './createLatticeSandbox';
export type { LatticeSandboxOptions, SandboxQuirks } from './sandboxOptions';
export { sandboxKeys, sandboxScenarios } from './sandboxScenarios';
export type { SandboxKeyName, SandboxScenario } from './sandboxScenarios';
