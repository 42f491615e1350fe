export { createLatticeSandbox } from './createLatticeSandbox';
export type { LatticeSandbox } from './createLatticeSandbox';
export type { LatticeSandboxOptions, SandboxQuirks } from './sandboxOptions';
export type { RequestBudget } from './requestBudget';
export { sandboxKeys, sandboxScenarios } from './sandboxScenarios';
export type { SandboxKeyName, SandboxScenario } from './sandboxScenarios';
export { SandboxKeyError } from './keyStore';
export type {
  GenerateKeyOptions,
  GeneratedApiKey,
  KeyOwnerChoice,
  KeyReach,
  SandboxApiKey,
  SandboxKeyErrorCode,
  SandboxKeyStore,
} from './keyStore';
export type { CompanySummary } from './companies';
export type { CompanyKey } from './companySpecs';
