import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffFindings } from '../../../src/evaluate/policy-diff.js';
import { parseReport, readReport, ReportError } from '../../../src/reporters/read-report.js';
import { REPORT_SCHEMA } from '../../../src/reporters/report-schema.js';
import { writeJsonReport } from '../../../src/reporters/report.js';
import { finding, report, subjectResult } from './fixtures.js';

/** A report with every part filled, as the writer builds it. */
function fullReport() {
  const kept = finding();
  const regraded = finding({ rule: 'stale-member', resource: 'org:acme', severity: 'low' });
  return report({
    findings: [kept, finding({ rule: 'policy-invalid', subject: null, resource: 'policy:policies/a.yml', location: { path: 'policies/a.yml', line: 3, column: 5 } })],
    gaps: [{ resource: 'repo:acme/api', reason: 'HTTP 403' }],
    scope: 'the policy files',
    insufficient: [{ rule: 'offboarding-drift', reason: 'fewer than 7 stored runs' }],
    state: { status: 'unreadable', where: 'acme/ops@offboarding-sentinel-state:acme/state.json', reason: 'HTTP 500', keptAt: '/tmp/kept.json' },
    failures: [{ subject: 'ghost@example.com', reason: 'matches no one', link: 'https://github.example/acme/ops/issues/3' }],
    expiringExemptions: [{ expires: '2026-12-10', daysLeft: 9, scope: 'deploy-key:acme/ops/1', reason: 'vendor', location: { path: 'policies/x.yml', line: 9, column: 3 } }],
    exempted: [{ ...finding({ resource: 'deploy-key:acme/ops/1' }), exemption: { reason: 'vendor', expires: '2027-01-01', location: { path: 'policies/x.yml', line: 9, column: 3 } } }],
    changes: { new: [kept.fingerprint], resolved: ['gone'] },
    offboarding: [
      subjectResult({
        items: [{ kind: 'repo-access', resource: 'repo:acme/api', label: 'write on acme/api', status: 'retained', at: null, by: null, new: false }],
        steps: [{ id: 'github-access', title: 'Access removed', check: 'github', status: 'missing', dueAt: '2026-11-28T17:00:00.000Z', doneAt: null }],
        remediationPlan: [{ type: 'manual', kind: 'rotate-secret', subject: 'alice', resources: ['secret:acme/X'], description: 'Rotate X' }],
      }),
    ],
    policy: { sources: ['policies/a.yml'], errors: [{ message: 'bad — fix it', location: { path: 'policies/a.yml', line: 3, column: 5 } }] },
    dryRun: true,
    plans: { issues: { managedLabel: 'offboarding-sentinel', labels: ['offboarding-sentinel'], actions: [{ kind: 'create', key: 'audit/acme:rule:x', title: 't', body: 'b', labels: [], assignees: [] }], unchanged: [] } },
    policyDiff: diffFindings([{ ...regraded, severity: 'high' }], [regraded]),
  });
}

describe('the report reader', () => {
  it('reads back exactly what the writer wrote', async () => {
    const written = fullReport();
    const path = await writeJsonReport(written, mkdtempSync(join(tmpdir(), 'report-')));
    await expect(readReport(path)).resolves.toEqual(written);
  });

  it('accepts a field it does not know (reports only ever gain fields)', () => {
    const text = JSON.stringify({ ...fullReport(), laterAddition: { x: 1 } });
    expect(parseReport(text)).toMatchObject({ laterAddition: { x: 1 } });
  });

  it('refuses what is not a report, saying where', () => {
    expect(() => parseReport('{')).toThrow(ReportError);
    const wrong = { ...fullReport(), schemaVersion: 2 };
    expect(() => parseReport(JSON.stringify(wrong), 'r.json')).toThrow(/r\.json is not an Offboarding Sentinel report.*\/schemaVersion/);
    const badFinding = { ...fullReport(), findings: [{ ...finding(), severity: 'urgent' }] };
    expect(() => parseReport(JSON.stringify(badFinding))).toThrow(/\/findings\/0\/severity/);
    const { coverage: _dropped, ...missing } = fullReport();
    expect(() => parseReport(JSON.stringify(missing))).toThrow(/must have required property 'coverage'/);
  });

  it('schema/report.schema.json is the schema the reader uses', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'schema', 'report.schema.json'), 'utf8')) as unknown;
    expect(file).toEqual(JSON.parse(JSON.stringify(REPORT_SCHEMA)));
  });
});
