// The policy package: load and validate policy files, resolve them into a Policy, apply exemptions.
export type { PolicyError } from './policy-error.js';
export { formatPolicyError, formatLocation, policyError, fileError, locationOf, reportedPolicyError } from './policy-error.js';
export type { ApprovedChangers, Exemption, IssueRoute, JourneyStep, Policy, RuleSettings } from './types.js';
export type {
  RawPolicyDocument,
  RawExemption,
  RawJourneyStep,
  RawRoute,
  RawRuleSettings,
} from './raw-types.js';
export { loadPolicy, loadPolicyFromTexts, type LoadedPolicy } from './load-policy.js';
export { readPolicyFiles, MAX_POLICY_FILE_BYTES, type PolicyText } from './load-files.js';
export { parsePolicyText, MAX_ALIAS_COUNT, type ParsedPolicyFile, type DataPath } from './parse-document.js';
export { validatePolicyDocument } from './schema-validator.js';
export { schemaErrorsToPolicyErrors } from './schema-errors.js';
export { buildPolicySchema, policySchemaText } from './schema-build.js';
export { readFilePolicy, type FilePolicy } from './read-file-policy.js';
export { mergeFilePolicies, type MergedPolicy } from './merge.js';
export { resolvePolicy, defaultPolicy, defaultRuleSettings } from './resolve.js';
export { defaultJourney, GITHUB_CHECKS, JOURNEY_CHECKS } from './journey.js';
export {
  applyExemptions,
  unusedExemptions,
  exemptionMatches,
  expiredExemptionFinding,
  expiringExemptions,
  isExemptionActive,
  type ExemptionOutcome,
} from './exemptions.js';
export {
  checkPolicyAgainst,
  type PolicyCheckContext,
  type PolicyCheckResult,
  type RoutingLookups,
} from './semantic-checks.js';
export { matchGlob, matchAnyGlob } from './glob.js';
export { suggest, editDistance } from './suggest.js';
