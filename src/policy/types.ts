// The resolved policy: what the rules, the exemption step and the reporters read after every
// policy file has been loaded, validated against policy.schema.json and merged with the
// contract's defaults. Rules never see raw YAML.
import type { RuleName, Severity, SourceLocation } from '../model.js';

export interface RuleSettings {
  enabled: boolean;
  severity: Severity;
  /**
   * Numeric thresholds by their kebab-case policy key, defaults filled in
   * (for example `inactive-days`, `never-used-days`, `unused-days`, `max-lifetime-days`).
   */
  thresholds: Record<string, number>;
  /** Where the settings were written, for annotations; absent when only defaults apply. */
  location?: SourceLocation;
}

export interface Exemption {
  /** Glob patterns over logins; empty means any subject. */
  subjects: string[];
  /** Glob patterns over resource identifiers (`deploy-key:acme/api/*`); empty means any resource. */
  resources: string[];
  /** Rules it covers; empty means every rule. */
  rules: RuleName[];
  reason: string;
  /** `YYYY-MM-DD`; the exemption applies up to and including this day (UTC). */
  expires: string;
  location: SourceLocation;
}

export interface JourneyStep {
  id: string;
  title: string;
  /** Hours after `offboarded-at` by which the step must be done. */
  deadlineHours: number;
  /**
   * How the step is recognised as done: `github` steps are checked against the collected data
   * (which resource kind must be gone); `manual` steps are ticked by a person in the tracking issue.
   */
  check:
    | { kind: 'github'; what: 'org-membership' | 'repo-access' | 'team-membership' | 'invitations' | 'tokens' | 'deploy-keys' | 'secrets-rotated' }
    | { kind: 'manual' };
  location?: SourceLocation;
}

export interface ApprovedChangers {
  /** Logins (globs) allowed to delete or change tokens, keys, credential authorizations and secrets. */
  actors: string[];
  /** Workflow files (globs, `owner/repo/.github/workflows/x.yml`) allowed to do so. */
  workflows: string[];
  /** This many or more credential changes by one actor within `burstWindowMinutes` is a burst. */
  burstCount: number;
  burstWindowMinutes: number;
}

export interface IssueRoute {
  /** Rules this route applies to; empty means all. */
  rules: RuleName[];
  /** `issue` opens/updates issues; `check-run` keeps the findings on the check run only. */
  destination: 'issue' | 'check-run';
  labels: string[];
  assignees: string[];
  /** Team slugs to mention in the issue body. */
  teams: string[];
  /** How audit findings are grouped into issues. */
  groupBy: 'rule' | 'subject' | 'resource';
  location?: SourceLocation;
}

/** Revocations one run may make unless the policy says otherwise. */
export const DEFAULT_MAX_REVOCATIONS = 25;

export interface Policy {
  version: 1;
  rules: Record<RuleName, RuleSettings>;
  exemptions: Exemption[];
  offboarding: {
    journey: JourneyStep[];
    /** Opt-in revocation of what is left after offboarding (never on a dry run). */
    remediate: boolean;
    /** Owners and bots remediation may act on (lower case); without a line it never does. */
    remediatePrivileged: string[];
    /** Revocations per run, over all subjects. */
    maxRevocations: number;
  };
  approvedChangers: ApprovedChangers;
  /** Logins (globs) of bots and service accounts that `stale-member` ignores. */
  serviceAccounts: string[];
  routing: IssueRoute[];
  /** The files the policy was read from, in merge order. */
  sources: string[];
}
