// The resolved Policy: the merged files on top of the catalogue's defaults, so rules can read
// `policy.rules[name]` for every rule without checking whether a file mentioned it.
import { RULE_NAMES, type RuleName, type Severity } from '../model.js';
import { ruleSpec } from '../rules/catalogue.js';
import { defaultJourney } from './journey.js';
import { emptyMerge, type MergedPolicy } from './merge.js';
import { DEFAULT_MAX_REVOCATIONS, type Policy, type RuleSettings } from './types.js';

export function defaultRuleSettings(name: RuleName): RuleSettings {
  const spec = ruleSpec(name);
  return {
    enabled: true,
    severity: spec.defaultSeverity,
    thresholds: Object.fromEntries(spec.thresholds.map((threshold) => [threshold.key, threshold.default])),
  };
}

export function resolvePolicy(merged: MergedPolicy = emptyMerge()): Policy {
  const rules = {} as Record<RuleName, RuleSettings>;
  for (const name of RULE_NAMES) {
    const settings = defaultRuleSettings(name);
    const written = merged.rules.get(name);
    if (written) {
      settings.location = written.location;
      for (const [key, value] of written.settings) {
        if (key === 'enabled') settings.enabled = value as boolean;
        else if (key === 'severity') settings.severity = value as Severity;
        else settings.thresholds[key] = value as number;
      }
    }
    rules[name] = settings;
  }

  const deadlineHours = rules['offboarding-step-missing'].thresholds['deadline-hours'];
  const journey = merged.journey
    ? merged.journey.map((step) => ({ ...step, deadlineHours: step.deadlineHours ?? deadlineHours }))
    : defaultJourney(deadlineHours);

  const burst = rules['unapproved-credential-change'].thresholds;
  return {
    version: 1,
    rules,
    exemptions: merged.exemptions,
    offboarding: {
      journey,
      remediate: merged.remediate ?? false,
      remediatePrivileged: merged.remediatePrivileged,
      maxRevocations: merged.maxRevocations ?? DEFAULT_MAX_REVOCATIONS,
    },
    approvedChangers: {
      actors: merged.approvedActors,
      workflows: merged.approvedWorkflows,
      burstCount: burst['burst-count'],
      burstWindowMinutes: burst['burst-window-minutes'],
    },
    serviceAccounts: merged.serviceAccounts,
    routing: merged.routing,
    sources: merged.sources,
  };
}

/** The policy when no file says anything: the contract's defaults. */
export function defaultPolicy(): Policy {
  return resolvePolicy();
}
