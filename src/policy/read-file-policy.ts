// Reads one schema-valid policy document into typed pieces that remember where each was
// written, ready to be merged with the other files. Every key of the schema is read here
// (a test walks the schema and checks that none is ignored).
import type { RuleName, SourceLocation } from '../model.js';
import { RULES } from '../rules/catalogue.js';
import { journeyCheck } from './journey.js';
import type { ParsedPolicyFile } from './parse-document.js';
import type { RawPolicyDocument, RawRuleSettings } from './raw-types.js';
import type { Exemption, IssueRoute, JourneyStep } from './types.js';

/** One setting as one file wrote it. */
export interface WrittenSetting<T> {
  value: T;
  location: SourceLocation;
}

export interface WrittenRuleSettings {
  /** Where the rule's key is written. */
  location: SourceLocation;
  /** `enabled`, `severity` and threshold keys, as written. */
  settings: Map<string, WrittenSetting<number | boolean | string>>;
}

/** A journey step whose deadline may still come from the rule's default. */
export type WrittenJourneyStep = Omit<JourneyStep, 'deadlineHours' | 'location'> & {
  deadlineHours: number | undefined;
  location: SourceLocation;
};

export interface FilePolicy {
  path: string;
  version: 1;
  rules: Map<RuleName, WrittenRuleSettings>;
  exemptions: Exemption[];
  serviceAccounts: string[];
  approvedActors: string[];
  approvedWorkflows: string[];
  remediate: WrittenSetting<boolean> | undefined;
  remediatePrivileged: string[];
  maxRevocations: WrittenSetting<number> | undefined;
  /** Undefined when the file defines no journey. */
  journey: WrittenJourneyStep[] | undefined;
  routing: IssueRoute[];
}

function readRule(file: ParsedPolicyFile, name: RuleName, raw: RawRuleSettings): WrittenRuleSettings {
  const settings = new Map<string, WrittenSetting<number | boolean | string>>();
  const spec = RULES.find((rule) => rule.name === name);
  const keys = ['enabled', 'severity', ...(spec?.thresholds.map((threshold) => threshold.key) ?? [])];
  for (const key of keys) {
    const value = raw[key];
    if (value !== undefined) settings.set(key, { value, location: file.locate(['rules', name, key]) });
  }
  return { location: file.locateKey(['rules', name]), settings };
}

export function readFilePolicy(file: ParsedPolicyFile, document: RawPolicyDocument): FilePolicy {
  const rules = new Map<RuleName, WrittenRuleSettings>();
  const rawRules = document.rules ?? {};
  for (const rule of RULES) {
    const raw = rawRules[rule.name];
    if (raw !== undefined) rules.set(rule.name, readRule(file, rule.name, raw));
  }

  const exemptions: Exemption[] = (document.exemptions ?? []).map((raw, index) => ({
    subjects: raw.subjects ?? [],
    resources: raw.resources ?? [],
    rules: raw.rules ?? [],
    reason: raw.reason,
    expires: raw.expires,
    location: file.locate(['exemptions', index]),
  }));

  const offboarding = document.offboarding;
  const journey = offboarding?.journey?.map((raw, index): WrittenJourneyStep => ({
    id: raw.id,
    title: raw.title,
    check: journeyCheck(raw.check),
    deadlineHours: raw['deadline-hours'],
    location: file.locate(['offboarding', 'journey', index]),
  }));
  const remediate =
    offboarding?.remediate === undefined
      ? undefined
      : { value: offboarding.remediate, location: file.locate(['offboarding', 'remediate']) };

  const maxRevocations =
    offboarding?.['max-revocations'] === undefined
      ? undefined
      : { value: offboarding['max-revocations'], location: file.locate(['offboarding', 'max-revocations']) };

  const routing: IssueRoute[] = (document.routing ?? []).map((raw, index) => ({
    rules: raw.rules ?? [],
    destination: raw.destination,
    labels: raw.labels ?? [],
    assignees: raw.assignees ?? [],
    teams: raw.teams ?? [],
    groupBy: raw['group-by'] ?? 'rule',
    location: file.locate(['routing', index]),
  }));

  const approved = document['approved-changers'];
  return {
    path: file.path,
    version: document.version,
    rules,
    exemptions,
    serviceAccounts: document['service-accounts'] ?? [],
    approvedActors: approved?.actors ?? [],
    approvedWorkflows: approved?.workflows ?? [],
    remediate,
    remediatePrivileged: offboarding?.['remediate-privileged'] ?? [],
    maxRevocations,
    journey,
    routing,
  };
}
