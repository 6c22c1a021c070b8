// The policy document as people write it (kebab-case keys), after YAML parsing and schema
// validation. It mirrors schema/policy.schema.json; __tests__/unit/policy/schema-shape.test.ts
// keeps the two in step (a complete example must satisfy this type, pass the schema, and have
// every one of its keys read by the resolver).
import type { RuleName, Severity } from '../model.js';
import type { JourneyCheckName } from './journey.js';

/** `enabled`, `severity` and the rule's numeric thresholds by their kebab-case key. */
export type RawRuleSettings = {
  enabled?: boolean;
  severity?: Severity;
} & { [thresholdKey: string]: number | boolean | Severity | undefined };

export interface RawExemption {
  subjects?: string[];
  resources?: string[];
  rules?: RuleName[];
  reason: string;
  /** `YYYY-MM-DD` */
  expires: string;
}

export interface RawJourneyStep {
  id: string;
  title: string;
  check: JourneyCheckName;
  'deadline-hours'?: number;
}

export interface RawRoute {
  rules?: RuleName[];
  destination: 'issue' | 'check-run';
  labels?: string[];
  assignees?: string[];
  teams?: string[];
  'group-by'?: 'rule' | 'subject' | 'resource';
}

export interface RawPolicyDocument {
  version: 1;
  rules?: Partial<Record<RuleName, RawRuleSettings>>;
  exemptions?: RawExemption[];
  'service-accounts'?: string[];
  'approved-changers'?: { actors?: string[]; workflows?: string[] };
  offboarding?: {
    remediate?: boolean;
    'remediate-privileged'?: string[];
    'max-revocations'?: number;
    journey?: RawJourneyStep[];
  };
  routing?: RawRoute[];
}
