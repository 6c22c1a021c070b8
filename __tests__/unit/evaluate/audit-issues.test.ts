import { describe, expect, it } from '@jest/globals';
import { auditIssueIntent, originOf } from '../../../src/evaluate/audit-issues.js';
import type { Finding } from '../../../src/model.js';
import { defaultPolicy } from '../../../src/policy/resolve.js';
import { buildReport } from '../../../src/reporters/report.js';
import type { RunContext } from '../../../src/run-context.js';

const finding = (rule: Finding['rule'], resource: string, subject = 'bob'): Finding => ({
  rule,
  severity: 'medium',
  subject,
  resource,
  fingerprint: `${rule}|${resource}|${subject}`,
  message: `${rule} on ${resource}`,
  evidence: {},
});

// The pure parts of a run context the issue intent reads.
const ctx = { inputs: { organization: 'acme' }, loaded: { policy: defaultPolicy() }, runUrl: null } as unknown as RunContext;

describe('auditIssueIntent', () => {
  const acme = [finding('stale-member', 'org:acme')];
  const labs = [finding('stale-member', 'org:acme-labs', 'carol'), finding('stale-token', 'pat:7', 'carol')];
  const report = buildReport({ organization: 'acme', mode: 'audit', generatedAt: '2026-11-27T03:00:00Z', findings: [...acme, ...labs] });

  it("keys each organization's findings under its own organization, as its own run would", () => {
    const intent = auditIssueIntent(ctx, [], originOf([{ organization: 'acme', findings: acme }, { organization: 'acme-labs', findings: labs }]), null);
    expect(intent?.keyPrefixes).toEqual(['audit/acme:', 'audit/acme-labs:']);
    const desired = intent!.desired(report);
    expect(desired.map((issue) => issue.key).sort()).toEqual(['audit/acme-labs:rule:stale-member', 'audit/acme-labs:rule:stale-token', 'audit/acme:rule:stale-member']);
    // A token finding (`pat:` names no organization) stays with the organization that found it.
    expect(desired.find((issue) => issue.key === 'audit/acme:rule:stale-member')?.body).not.toContain('pat:7');
  });

  it('with one organization, every finding is its own (a finding of unknown origin too)', () => {
    const intent = auditIssueIntent(ctx, [], originOf([{ organization: 'acme', findings: [] }]), null);
    expect(intent?.keyPrefixes).toEqual(['audit/acme:']);
    expect(intent!.desired(report).every((issue) => issue.key.startsWith('audit/acme:'))).toBe(true);
  });

  it('without issues to keep in step (not reported), no intent', () => {
    expect(auditIssueIntent(ctx, null, originOf([]), null)).toBeNull();
  });
});
