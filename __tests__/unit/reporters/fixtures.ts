// Builders for findings and reports used by the reporter tests.
import { fingerprint } from '../../../src/fingerprint.js';
import type { Finding, RuleName } from '../../../src/model.js';
import type { SubjectResult } from '../../../src/offboarding/subject-result.js';
import type { Report, ReportInput } from '../../../src/reporters/report.js';
import { buildReport } from '../../../src/reporters/report.js';

export function finding(overrides: Partial<Finding> & { rule?: RuleName; resource?: string } = {}): Finding {
  const rule = overrides.rule ?? 'stale-deploy-key';
  const resource = overrides.resource ?? 'deploy-key:acme/api/4021';
  const subject = overrides.subject === undefined ? 'alice' : overrides.subject;
  return {
    rule,
    severity: overrides.severity ?? 'medium',
    subject,
    resource,
    fingerprint: overrides.fingerprint ?? fingerprint(rule, resource, subject),
    message: overrides.message ?? `Deploy key ${resource} unused for 120 days`,
    evidence: overrides.evidence ?? {},
    ...(overrides.location ? { location: overrides.location } : {}),
  };
}

export function manyFindings(count: number, overrides: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({ resource: `deploy-key:acme/repo-${i}/${1000 + i}`, ...overrides }),
  );
}

export function report(input: Partial<ReportInput> = {}): Report {
  return buildReport({
    organization: 'acme',
    mode: 'audit',
    generatedAt: '2026-11-27T03:00:00Z',
    findings: [],
    ...input,
  });
}

/** Hostile organization text, as the brief lists it. */
export const HOSTILE = [
  '@everyone',
  '<img src=x onerror=alert(1)>',
  'a|b|c',
  'back`ticks``here',
  '[x](http://evil)',
  '![i](http://evil/x.png)',
  'x'.repeat(10_000),
  'evil\u202Etxt.exe',
];

export function subjectResult(overrides: Partial<SubjectResult> = {}): SubjectResult {
  return {
    subject: 'alice',
    input: 'alice',
    phase: 'post',
    offboardedAt: '2026-11-27T17:00:00.000Z',
    inventorySource: 'snapshot',
    itemsHeld: 3,
    itemsLeft: 1,
    findings: 1,
    closed: false,
    items: [],
    steps: [],
    metrics: null,
    remediation: [],
    remediationPlan: [],
    ...overrides,
  };
}
