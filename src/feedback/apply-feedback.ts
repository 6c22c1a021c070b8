// What feedback does to a run: a finding someone judged `false-positive` or `accepted-risk` is
// not reported again but listed as suppressed (with who decided and when), the summary offers
// the policy exemption that would make the decision explicit, and a verdict on a learned anomaly
// widens the actor's baseline so that the same habit does not fire again.
import type { BaselineExtension } from '../baseline/actor-baseline.js';
import type { ChangeKind } from '../baseline/credential-change.js';
import type { Finding } from '../model.js';
import { feedbackKey, type FeedbackRecord } from './read-feedback.js';

export interface SuppressedFinding extends Finding {
  feedback: FeedbackRecord;
}

export function applyFeedback(
  findings: readonly Finding[],
  feedback: Readonly<Record<string, FeedbackRecord>>,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const key = feedbackKey(finding.rule, finding.resource, finding.subject);
    const record = Object.hasOwn(feedback, key) ? feedback[key] : undefined;
    if (record) suppressed.push({ ...finding, feedback: record });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}

const EXEMPTION_DAYS = 90;

/**
 * The policy exemptions that make the suppressions explicit, ready to paste under
 * `exemptions:` (reason and expiry filled in). YAML double-quoted scalars are JSON strings.
 */
export function exemptionYaml(suppressed: readonly SuppressedFinding[], now: Date): string | null {
  if (suppressed.length === 0) return null;
  const expires = new Date(now.getTime() + EXEMPTION_DAYS * 86_400_000).toISOString().slice(0, 10);
  const lines = ['exemptions:'];
  for (const finding of suppressed) {
    const { verdict, by, at, issue } = finding.feedback;
    const reason = `${verdict}: decided${by ? ` by ${by}` : ''} in #${issue} on ${at.slice(0, 10)}`;
    lines.push(
      `  - rules: [${finding.rule}]`,
      ...(finding.subject ? [`    subjects: [${JSON.stringify(finding.subject)}]`] : []),
      `    resources: [${JSON.stringify(finding.resource)}]`,
      `    reason: ${JSON.stringify(reason)}`,
      `    expires: ${expires}`,
    );
  }
  return lines.join('\n');
}

const CHANGE_KINDS: Record<string, ChangeKind> = {
  public_key: 'deploy-key',
  personal_access_token: 'token',
  org_credential_authorization: 'credential-authorization',
};

function kindsOf(actions: readonly string[]): ChangeKind[] {
  return actions.map((action) => {
    const category = action.slice(0, action.indexOf('.'));
    if (CHANGE_KINDS[category]) return CHANGE_KINDS[category];
    if (category === 'environment') return 'environment-secret';
    return action.includes('integration_secret') ? 'dependabot-secret' : 'actions-secret';
  });
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * The baselines after feedback on learned anomalies: each suppressed unapproved-credential-change
 * finding adds its repositories, addresses, kinds, organization secrets, people and burst size to
 * its actor's normal (keyed by lower-case login).
 */
export function widenBaselines(
  stored: Readonly<Record<string, BaselineExtension>> | undefined,
  suppressed: readonly SuppressedFinding[],
): Record<string, BaselineExtension> {
  const widened: Record<string, BaselineExtension> = { ...(stored ?? {}) };
  for (const finding of suppressed) {
    if (finding.rule !== 'unapproved-credential-change' || !finding.subject) continue;
    const key = finding.subject.toLowerCase();
    const before = widened[key] ?? {
      repos: [],
      orgSecrets: [],
      people: [],
      ips: [],
      kinds: [],
      largestBurst: 0,
    };
    const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])].sort();
    const evidence = finding.evidence;
    widened[key] = {
      repos: union(before.repos, strings(evidence.repos)),
      orgSecrets: union(before.orgSecrets, strings(evidence.orgSecrets)),
      people: union(before.people, strings(evidence.people)),
      ips: union(before.ips, strings(evidence.ips)),
      kinds: union(before.kinds, kindsOf(strings(evidence.actions))),
      largestBurst: Math.max(before.largestBurst, typeof evidence.count === 'number' ? evidence.count : 0),
    };
  }
  return widened;
}
