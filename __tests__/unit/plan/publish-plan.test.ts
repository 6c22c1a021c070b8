// The plan stage: what each reporter would write, from an evaluation, without writing.
import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../../src/inputs.js';
import { emptyEvaluation, type Evaluation } from '../../../src/modes/mode.js';
import { planPublish } from '../../../src/plan/publish-plan.js';
import { loadPolicyFromTexts } from '../../../src/policy/index.js';
import { auditIssueKey, auditKeyPrefix, trackingKey } from '../../../src/reporters/issue-keys.js';
import { desiredAuditIssues } from '../../../src/reporters/issues.js';
import { contentHash, type ManagedIssue } from '../../../src/reporters/issue-sync.js';
import { finding } from '../reporters/fixtures.js';

const inputs = readInputs({ INPUT_TOKEN: 't', GITHUB_REPOSITORY: 'acme/ops', INPUT_REPORT: 'issues,json' });
const loaded = loadPolicyFromTexts([]);

function managed(overrides: Partial<ManagedIssue>): ManagedIssue {
  return { number: 4, key: auditIssueKey('acme', 'audit:rule:stale-token'), hash: 'h', state: 'open', title: 't', labels: [], createdAt: '2026-01-01', ...overrides };
}

function evaluation(overrides: Partial<Evaluation>, existing: ManagedIssue[]): Evaluation {
  return {
    ...emptyEvaluation(),
    findings: [],
    exempted: [],
    gaps: [],
    issues: {
      label: 'offboarding-sentinel',
      keyPrefixes: [auditKeyPrefix('acme')],
      existing,
      closeMissing: true,
      desired: (report) => desiredAuditIssues(report, { routing: [], organization: 'acme' }),
    },
    ...overrides,
  };
}

const plan = (e: Evaluation, writes = true) =>
  planPublish({ inputs, loaded, evaluation: e, headSha: 'a'.repeat(40), now: new Date('2026-11-27T00:00:00Z'), stats: { restRequests: 0, graphqlRequests: 0, graphqlCost: 0, durationMs: 0 }, writes, stateStatus: null });

describe('planPublish', () => {
  it('does not close issues for groups that vanished while coverage was incomplete', () => {
    const existing = [managed({})];
    expect(plan(evaluation({}, existing)).issues?.actions).toEqual([expect.objectContaining({ kind: 'close', number: 4 })]);
    expect(plan(evaluation({ gaps: [{ resource: 'org:acme', reason: 'HTTP 403' }] }, existing)).issues?.actions).toEqual([]);
  });

  it('leaves tracking issues and other organizations\' issues that share the label alone', () => {
    const existing = [managed({ number: 5, key: trackingKey('acme', 'alice') }), managed({ number: 6, key: auditIssueKey('globex', 'audit:rule:stale-token') })];
    expect(plan(evaluation({}, existing)).issues?.actions).toEqual([]);
  });

  it('rewrites the marker of an adopted issue quietly, and opens no second one', () => {
    const e = evaluation({ findings: [finding()] }, []);
    const desired = desiredAuditIssues(plan(e).report, { routing: [], organization: 'acme' })[0];
    const unchangedHash = contentHash({ ...desired, labels: ['offboarding-sentinel'] });
    // What the previous version wrote: the same content under the key without the organization.
    const adopted = managed({ key: desired.key, migratedFrom: 'audit:rule:stale-deploy-key', hash: unchangedHash });
    expect(plan(evaluation({ findings: [finding()] }, [adopted])).issues?.actions).toEqual([
      expect.objectContaining({ kind: 'update', number: 4, comment: null }),
    ]);
    // Once rewritten, the same issue is left alone.
    const rewritten = managed({ key: desired.key, hash: unchangedHash });
    expect(plan(evaluation({ findings: [finding()] }, [rewritten])).issues).toMatchObject({ actions: [], unchanged: [desired.key] });
  });

  it('records the plans in the report when it may not write', () => {
    const planned = plan(evaluation({ findings: [finding()] }, []), false);
    expect(planned.report.plans?.issues?.actions).toHaveLength(1);
    expect(plan(evaluation({ findings: [finding()] }, [])).report.plans).toBeUndefined();
  });

  it('keeps an issue listing failure apart, to be reported as a failed write', () => {
    const e = evaluation({}, []);
    const planned = plan({ ...e, issues: e.issues && { ...e.issues, existing: { error: 'HTTP 500' } } });
    expect(planned.issues).toBeNull();
    expect(planned.issuesError).toBe('HTTP 500');
  });
});
