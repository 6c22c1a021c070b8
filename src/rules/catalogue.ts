// The rule catalogue: every rule of the contract with its modes, default severity, what makes
// it fire and its tunable thresholds. It is the one source for the policy schema's rule
// section (scripts/generate-schema.ts), the README's rule table and the SARIF rule help.
// Evaluation lives elsewhere (src/rules/*.ts for audit, src/offboarding/ for offboarding).
import type { Mode, RuleName, Severity } from '../model.js';

export interface ThresholdSpec {
  /** Policy key, kebab-case, e.g. `inactive-days`. */
  key: string;
  default: number;
  minimum: number;
  maximum: number;
  description: string;
}

export interface RuleSpec {
  name: RuleName;
  modes: readonly Mode[];
  defaultSeverity: Severity;
  /** "Fires when …", as in the contract, for people. */
  firesWhen: string;
  /** How to fix what it reports (SARIF help, issue bodies). */
  remedy: string;
  thresholds: readonly ThresholdSpec[];
}

const days = (key: string, value: number, description: string): ThresholdSpec => ({
  key,
  default: value,
  minimum: 1,
  maximum: 3650,
  description,
});

export const RULES: readonly RuleSpec[] = [
  {
    name: 'retained-org-membership',
    modes: ['offboard'],
    defaultSeverity: 'high',
    firesWhen: 'the subject is still a member (or owner) of the organization',
    remedy: 'Remove the person from the organization (Settings → People → Remove from organization).',
    thresholds: [],
  },
  {
    name: 'retained-repo-access',
    modes: ['offboard'],
    defaultSeverity: 'high',
    firesWhen:
      'the subject is still a direct or outside collaborator on a repository (one finding per repository)',
    remedy: 'Remove the collaborator from the repository, or the outside collaborator from the organization.',
    thresholds: [],
  },
  {
    name: 'retained-team-membership',
    modes: ['offboard'],
    defaultSeverity: 'medium',
    firesWhen: 'the subject is still in a team',
    remedy: 'Remove the person from the team (or from the IdP group that syncs it).',
    thresholds: [],
  },
  {
    name: 'pending-invitation',
    modes: ['offboard'],
    defaultSeverity: 'medium',
    firesWhen: 'an open organization or repository invitation for the subject',
    remedy: 'Cancel the invitation.',
    thresholds: [],
  },
  {
    name: 'retained-token',
    modes: ['offboard'],
    defaultSeverity: 'critical',
    firesWhen:
      'a fine-grained PAT of the subject still has access to the organization, or an SSO credential authorization (classic PAT, SSH key) of the subject is still present',
    remedy: 'Revoke the fine-grained PAT grant, or the SSO credential authorization, in the organization settings.',
    thresholds: [],
  },
  {
    name: 'retained-deploy-key',
    modes: ['offboard'],
    defaultSeverity: 'high',
    firesWhen: 'a deploy key that the subject added is still present',
    remedy: 'Delete the deploy key and, if automation needs one, add a new key owned by a service account.',
    thresholds: [],
  },
  {
    name: 'unrotated-secret',
    modes: ['offboard'],
    defaultSeverity: 'high',
    firesWhen: 'a secret the subject could read or last wrote has not been updated since `offboarded-at`',
    remedy: 'Rotate the credential behind the secret at its issuer, then update the secret.',
    thresholds: [],
  },
  {
    name: 'activity-after-offboarding',
    modes: ['offboard', 'audit'],
    defaultSeverity: 'critical',
    firesWhen: 'an audit-log event by the subject after `offboarded-at`',
    remedy: 'Find which credential the person still holds, revoke it, and review what the event did.',
    thresholds: [],
  },
  {
    name: 'offboarded-ip-activity',
    modes: ['offboard', 'audit'],
    defaultSeverity: 'high',
    firesWhen:
      'an audit-log event from an IP address previously used by an offboarded subject, after their `offboarded-at`',
    remedy: 'Check whether the former employee acts through another account or a shared credential.',
    thresholds: [],
  },
  {
    name: 'offboarding-step-missing',
    modes: ['offboard'],
    defaultSeverity: 'medium',
    firesWhen: "a step of the policy's expected offboarding journey has not happened within its deadline",
    remedy: 'Do the step, or tick it in the tracking issue when it happened outside GitHub.',
    thresholds: [
      {
        key: 'deadline-hours',
        default: 24,
        minimum: 1,
        maximum: 8760,
        description: 'Hours after `offboarded-at` by which a journey step without its own deadline must be done.',
      },
    ],
  },
  {
    name: 'stale-member',
    modes: ['audit'],
    defaultSeverity: 'low',
    firesWhen: 'a member with no activity in the organization for longer than the policy allows',
    remedy: 'Confirm the person still needs access; remove them or downgrade them to an outside collaborator.',
    thresholds: [days('inactive-days', 90, 'Days without any contribution or audit-log event.')],
  },
  {
    name: 'unused-write-access',
    modes: ['audit'],
    defaultSeverity: 'low',
    firesWhen:
      "write, maintain or admin permission on a repository where the holder has not contributed in the policy's window",
    remedy: 'Lower the permission to read, or remove it, at the source the evidence names (direct, team, base).',
    thresholds: [days('window-days', 180, 'Days without a contribution to that repository.')],
  },
  {
    name: 'stale-deploy-key',
    modes: ['audit'],
    defaultSeverity: 'medium',
    firesWhen: 'a deploy key never used, or unused for longer than the policy allows',
    remedy: 'Delete the deploy key; add it again when it is needed.',
    thresholds: [
      days('never-used-days', 30, 'Age in days after which a never-used key is stale.'),
      days('unused-days', 90, 'Days since last use after which a key is stale.'),
    ],
  },
  {
    name: 'write-deploy-key',
    modes: ['audit'],
    defaultSeverity: 'low',
    firesWhen: 'a deploy key with write access that no exemption allows',
    remedy: 'Replace the key with a read-only one, or exempt it with a reason and an expiry.',
    thresholds: [],
  },
  {
    name: 'long-lived-token',
    modes: ['audit'],
    defaultSeverity: 'medium',
    firesWhen: "a fine-grained PAT with no expiry, or a lifetime above the policy's maximum",
    remedy: 'Ask the owner to replace the token with one that expires; set a maximum lifetime for the organization.',
    thresholds: [days('max-lifetime-days', 366, 'Longest lifetime (expiry minus grant) allowed.')],
  },
  {
    name: 'stale-token',
    modes: ['audit'],
    defaultSeverity: 'medium',
    firesWhen: 'a PAT or SSO credential unused for longer than the policy allows',
    remedy: 'Revoke the token grant or the credential authorization.',
    thresholds: [days('unused-days', 90, 'Days since the token or credential was last used.')],
  },
  {
    name: 'stale-secret',
    modes: ['audit'],
    defaultSeverity: 'medium',
    firesWhen: "a secret not updated for longer than the policy's rotation period",
    remedy: 'Rotate the credential at its issuer and update the secret.',
    thresholds: [days('rotation-days', 365, 'Days since the secret was last updated.')],
  },
  {
    name: 'unapproved-credential-change',
    modes: ['audit', 'offboard'],
    defaultSeverity: 'high',
    firesWhen:
      'a token, key or secret deleted or changed by an actor that the policy does not approve for that change',
    remedy: 'Confirm the change with the actor; add approved automation to `approved-changers` in the policy.',
    thresholds: [
      {
        key: 'burst-count',
        default: 5,
        minimum: 2,
        maximum: 1000,
        description: 'This many credential changes by one actor within the burst window is a burst.',
      },
      {
        key: 'burst-window-minutes',
        default: 10,
        minimum: 1,
        maximum: 1440,
        description: 'Length of the burst window in minutes.',
      },
    ],
  },
  {
    name: 'offboarding-drift',
    modes: ['audit'],
    defaultSeverity: 'medium',
    firesWhen: 'the rate of missing offboarding steps departs from its history (needs stored history)',
    remedy: 'Look at the recent offboardings in the tracking issues: which step is being missed?',
    thresholds: [
      {
        key: 'min-history-runs',
        default: 5,
        minimum: 2,
        maximum: 1000,
        description: 'Runs of history needed before drift is judged.',
      },
      {
        key: 'max-deviation-percent',
        default: 20,
        minimum: 1,
        maximum: 100,
        description: 'Percentage points by which the missing-step rate may exceed its historical mean.',
      },
    ],
  },
  {
    name: 'retained-enterprise-membership',
    modes: ['offboard'],
    defaultSeverity: 'high',
    firesWhen:
      'the subject is still a member of the enterprise (also as an unaffiliated user), or an enterprise owner or billing manager',
    remedy:
      'Remove the person from the enterprise itself (Enterprise → People → Remove from enterprise, or the GraphQL mutation `removeEnterpriseMember`); removing them from every organization leaves them an unaffiliated user.',
    thresholds: [],
  },
  {
    name: 'retained-copilot-seat',
    modes: ['offboard'],
    defaultSeverity: 'medium',
    firesWhen: 'the subject still holds a Copilot seat in an organization of the scope',
    remedy:
      'Cancel the seat (Organization settings → Copilot → Access, or remove the person from the team that assigns it); an enterprise-assigned licence is removed in the enterprise.',
    thresholds: [],
  },
  {
    name: 'idle-copilot-seat',
    modes: ['audit'],
    defaultSeverity: 'low',
    firesWhen: 'a Copilot seat with no activity for longer than the policy allows',
    remedy: 'Ask whether the person still needs Copilot; cancel the seat if not (it is billed every month).',
    thresholds: [days('idle-days', 30, 'Days without Copilot activity (never used counts from the assignment).')],
  },
  {
    name: 'deprovisioned-identity-access',
    modes: ['audit'],
    defaultSeverity: 'high',
    firesWhen:
      'a member whose SCIM identity is deprovisioned, whose SAML identity is gone from the identity provider, or whom the roster lists as terminated, still holds access',
    remedy:
      'Offboard the person now (their tracking issue lists what to remove), then find out why the identity provider or HR process did not remove the GitHub access.',
    thresholds: [],
  },
  {
    name: 'audit-coverage-gap',
    modes: ['audit', 'offboard', 'validate'],
    defaultSeverity: 'medium',
    firesWhen: 'a resource could not be read; `evidence` says why',
    remedy: 'Grant the token the permission the evidence names, or accept the gap with an exemption.',
    thresholds: [],
  },
  {
    name: 'policy-invalid',
    modes: ['validate', 'audit', 'offboard'],
    defaultSeverity: 'high',
    firesWhen:
      'a policy file breaks the schema or refers to what does not exist (annotated at file, line, column)',
    remedy: 'Fix the policy file at the line and column given.',
    thresholds: [
      days(
        'exemption-max-days',
        366,
        'An exemption may expire at most this many days ahead; one that expires later does not apply and is reported.',
      ),
      {
        key: 'exemption-warn-days',
        default: 14,
        minimum: 0,
        maximum: 365,
        description: 'Active exemptions that expire within this many days are listed in the summary for review.',
      },
    ],
  },
];

const byName = new Map<RuleName, RuleSpec>(RULES.map((rule) => [rule.name, rule]));

export function ruleSpec(name: RuleName): RuleSpec {
  const spec = byName.get(name);
  if (!spec) throw new Error(`unknown rule ${name}`);
  return spec;
}
