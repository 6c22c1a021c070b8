// One way to build a finding and one way to declare a rule, so every rule agrees on
// severity, fingerprint and the `enabled` switch.
import { fingerprint } from '../fingerprint.js';
import type { Finding, RuleName } from '../model.js';
import type { Policy, RuleSettings } from '../policy/types.js';
import { ruleSpec } from './catalogue.js';
import type { Rule, RuleContext } from './types.js';

export interface FindingParts {
  subject: string | null;
  /** A contract resource identifier (src/resource-id.ts). */
  resource: string;
  message: string;
  evidence: Record<string, unknown>;
  /** Discriminator when one rule reports the same resource and subject twice (e.g. `burst`). */
  key?: string;
}

export function makeFinding(policy: Policy, rule: RuleName, parts: FindingParts): Finding {
  return {
    rule,
    severity: settingsOf(policy, rule).severity,
    subject: parts.subject,
    resource: parts.resource,
    fingerprint: fingerprint(rule, parts.resource, parts.subject, parts.key ?? ''),
    message: parts.message,
    evidence: parts.evidence,
  };
}

/** The policy's settings for a rule, falling back to the catalogue when a policy omits it. */
export function settingsOf(policy: Policy, rule: RuleName): RuleSettings {
  const settings = policy.rules[rule] as RuleSettings | undefined;
  const spec = ruleSpec(rule);
  const defaults = Object.fromEntries(spec.thresholds.map((t) => [t.key, t.default]));
  if (!settings) return { enabled: true, severity: spec.defaultSeverity, thresholds: defaults };
  return { ...settings, thresholds: { ...defaults, ...settings.thresholds } };
}

/** A threshold of a rule: the policy's value, else the catalogue default. */
export function threshold(policy: Policy, rule: RuleName, key: string): number {
  const value = settingsOf(policy, rule).thresholds[key];
  if (typeof value !== 'number') throw new Error(`rule ${rule} has no threshold ${key}`);
  return value;
}

/** Declare a rule; a rule switched off in the policy returns nothing. */
export function defineRule(name: RuleName, evaluate: (context: RuleContext) => Finding[]): Rule {
  return {
    name,
    evaluate: (context) => (settingsOf(context.policy, name).enabled ? evaluate(context) : []),
  };
}
