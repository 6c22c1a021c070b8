// Merges the files of one policy folder. Lists add up (exemptions, routes, service accounts,
// approved changers, journey steps); a single setting (a rule's severity or threshold,
// `offboarding.remediate`) may be written in several files only with the same value. Two files
// disagreeing is an error at both places: a silent "last file wins" would let a new file quietly
// weaken a setting that reviewers of the old one relied on.
import type { RuleName, SourceLocation } from '../model.js';
import type { FilePolicy, WrittenJourneyStep, WrittenSetting } from './read-file-policy.js';
import { formatLocation, policyError, type PolicyError } from './policy-error.js';
import type { Exemption, IssueRoute } from './types.js';

export interface MergedPolicy {
  /** Rule settings by rule, then by key; the first file's location for each. */
  rules: Map<RuleName, { location: SourceLocation; settings: Map<string, number | boolean | string> }>;
  exemptions: Exemption[];
  serviceAccounts: string[];
  approvedActors: string[];
  approvedWorkflows: string[];
  remediate: boolean | undefined;
  remediatePrivileged: string[];
  maxRevocations: number | undefined;
  journey: WrittenJourneyStep[] | undefined;
  routing: IssueRoute[];
  sources: string[];
}

function contradiction(
  what: string,
  first: WrittenSetting<unknown>,
  second: WrittenSetting<unknown>,
): PolicyError[] {
  const message = `\`${what}\` is ${JSON.stringify(first.value)} in ${formatLocation(first.location)} and ${JSON.stringify(second.value)} in ${formatLocation(second.location)}; set it in one file`;
  const fix = 'Keep the setting in one policy file and delete it from the other.';
  return [policyError(first.location, message, fix), policyError(second.location, message, fix)];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function sameStep(a: WrittenJourneyStep, b: WrittenJourneyStep): boolean {
  return (
    a.title === b.title &&
    a.deadlineHours === b.deadlineHours &&
    JSON.stringify(a.check) === JSON.stringify(b.check)
  );
}

/** Nothing set yet: what merging no file gives, and where merging starts. */
export function emptyMerge(sources: string[] = []): MergedPolicy {
  return {
    rules: new Map(),
    exemptions: [],
    serviceAccounts: [],
    approvedActors: [],
    approvedWorkflows: [],
    remediate: undefined,
    remediatePrivileged: [],
    maxRevocations: undefined,
    journey: undefined,
    routing: [],
    sources,
  };
}

export function mergeFilePolicies(files: readonly FilePolicy[]): {
  merged: MergedPolicy;
  errors: PolicyError[];
} {
  const errors: PolicyError[] = [];
  const written = new Map<string, WrittenSetting<number | boolean | string>>();
  const merged = emptyMerge(files.map((file) => file.path));

  const setOnce = (what: string, setting: WrittenSetting<number | boolean | string>): boolean => {
    const earlier = written.get(what);
    if (earlier === undefined) {
      written.set(what, setting);
      return true;
    }
    if (earlier.value !== setting.value) errors.push(...contradiction(what, earlier, setting));
    return false;
  };

  let remediateSetting: WrittenSetting<boolean> | undefined;
  const stepsById = new Map<string, WrittenJourneyStep>();
  for (const file of files) {
    for (const [name, rule] of file.rules) {
      let target = merged.rules.get(name);
      if (!target) {
        target = { location: rule.location, settings: new Map() };
        merged.rules.set(name, target);
      }
      for (const [key, setting] of rule.settings) {
        if (setOnce(`${name}.${key}`, setting)) target.settings.set(key, setting.value);
      }
    }
    if (file.remediate) {
      if (setOnce('offboarding.remediate', file.remediate)) remediateSetting = file.remediate;
    }
    if (file.maxRevocations && setOnce('offboarding.max-revocations', file.maxRevocations)) {
      merged.maxRevocations = file.maxRevocations.value;
    }
    merged.remediatePrivileged.push(...file.remediatePrivileged);
    merged.exemptions.push(...file.exemptions);
    merged.routing.push(...file.routing);
    merged.serviceAccounts.push(...file.serviceAccounts);
    merged.approvedActors.push(...file.approvedActors);
    merged.approvedWorkflows.push(...file.approvedWorkflows);
    for (const step of file.journey ?? []) {
      const earlier = stepsById.get(step.id);
      if (!earlier) {
        stepsById.set(step.id, step);
      } else if (!sameStep(earlier, step)) {
        const message = `journey step \`${step.id}\` is defined differently in ${formatLocation(earlier.location)} and ${formatLocation(step.location)}`;
        const fix = 'Give each step a unique `id`, or make the two definitions identical.';
        errors.push(policyError(earlier.location, message, fix), policyError(step.location, message, fix));
      }
    }
    if (file.journey) merged.journey = [...stepsById.values()];
  }
  merged.remediate = remediateSetting?.value;
  merged.remediatePrivileged = unique(merged.remediatePrivileged.map((login) => login.toLowerCase()));
  merged.serviceAccounts = unique(merged.serviceAccounts);
  merged.approvedActors = unique(merged.approvedActors);
  merged.approvedWorkflows = unique(merged.approvedWorkflows);
  return { merged, errors };
}
