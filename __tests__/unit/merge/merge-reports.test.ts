import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Finding } from '../../../src/model.js';
import { mergeReports, type MergeableReport, type ReadReport } from '../../../src/merge/merge-reports.js';

const finding = (
  rule: Finding['rule'],
  resource: string,
  severity: Finding['severity'] = 'medium',
): Finding => ({
  rule,
  severity,
  subject: 'bob',
  resource,
  fingerprint: `${rule}|${resource}`,
  message: `${rule} on ${resource}`,
  evidence: {},
});

const report = (
  organization: string,
  findings: Finding[],
  overrides: Partial<MergeableReport> = {},
): MergeableReport => ({
  organization,
  mode: 'audit',
  generatedAt: '2026-11-27T03:00:00Z',
  findings,
  exempted: [],
  coverage: { complete: true, gaps: [] },
  stats: { restRequests: 10, graphqlRequests: 2, graphqlCost: 3, durationMs: 100 },
  ...overrides,
});

const read = (source: string, r: MergeableReport): ReadReport => ({ source, report: r });

const three = [
  read(
    'reports/acme.json',
    report('acme', [finding('stale-member', 'org:acme', 'low'), finding('stale-token', 'pat:7')]),
  ),
  read(
    'reports/acme-labs.json',
    report('acme-labs', [finding('idle-copilot-seat', 'copilot-seat:acme-labs/ivan', 'low')]),
  ),
  read(
    'reports/acme-eu.json',
    report('acme-eu', [finding('deprovisioned-identity-access', 'org:acme-eu', 'high')], {
      coverage: { complete: false, gaps: [{ resource: 'org:acme-eu/scim-identities', reason: '403' }] },
    }),
  ),
];

describe('mergeReports', () => {
  it('combines per-organization reports: findings, gaps, sections, totals', () => {
    const merged = mergeReports({
      reports: three,
      unreadable: [],
      expected: ['acme', 'acme-labs', 'acme-eu'],
    });
    expect(merged.findings.map((f) => f.resource)).toEqual([
      'org:acme-eu',
      'pat:7',
      'copilot-seat:acme-labs/ivan',
      'org:acme',
    ]);
    expect(merged.gaps).toEqual([{ resource: 'org:acme-eu/scim-identities', reason: '403' }]);
    expect(merged.sections.map((s) => [s.organization, s.status, s.findings, s.coverageComplete])).toEqual([
      ['acme', 'read', 2, true],
      ['acme-eu', 'read', 1, false],
      ['acme-labs', 'read', 1, true],
    ]);
    expect(merged.stats).toEqual({ restRequests: 30, graphqlRequests: 6, graphqlCost: 9, durationMs: 300 });
    expect(merged.generatedAt).toBe('2026-11-27T03:00:00Z');
  });

  it('an expected organization without a report is a gap and a missing section, never a silent hole', () => {
    const merged = mergeReports({
      reports: three.slice(0, 2),
      unreadable: [],
      expected: ['acme', 'acme-labs', 'acme-eu'],
    });
    expect(merged.gaps).toEqual([
      { resource: 'org:acme-eu', reason: expect.stringMatching(/no audit report for acme-eu/) },
    ]);
    expect(merged.sections.find((s) => s.organization === 'acme-eu')).toMatchObject({
      status: 'missing',
      coverageComplete: false,
    });
  });

  it('an unreadable report and a report of another mode are gaps of the merged report', () => {
    const offboard = read('reports/x.json', report('acme-eu', [], { mode: 'offboard' }));
    const merged = mergeReports({
      reports: [...three.slice(0, 2), offboard],
      unreadable: [{ source: 'reports/broken.json', reason: 'not JSON' }],
      expected: [],
    });
    expect(merged.gaps.map((g) => g.resource)).toEqual([
      'report:reports/broken.json',
      'report:reports/x.json',
    ]);
  });

  it('keeps the newest report of an organization run twice, and dedupes findings by fingerprint', () => {
    const older = read(
      'a/acme.json',
      report('acme', [finding('stale-member', 'org:acme')], { generatedAt: '2026-11-26T03:00:00Z' }),
    );
    const newer = read('b/acme.json', report('ACME', [], { generatedAt: '2026-11-27T03:00:00Z' }));
    expect(mergeReports({ reports: [newer, older], unreadable: [], expected: ['acme'] }).findings).toEqual(
      [],
    );
    const twice = mergeReports({
      reports: [three[0], read('c.json', report('acme-labs', three[0].report.findings))],
      unreadable: [],
      expected: [],
    });
    expect(twice.findings).toHaveLength(2);
  });

  it('is deterministic and idempotent: any order, merged again, the same result', () => {
    const once = mergeReports({
      reports: three,
      unreadable: [],
      expected: ['acme-eu', 'acme', 'acme-labs', 'acme-apac'],
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(three, { minLength: 3, maxLength: 3 }), (order) => {
        const again = mergeReports({
          reports: order,
          unreadable: [],
          expected: ['acme-apac', 'acme', 'acme-labs', 'acme-eu'],
        });
        expect(again).toEqual(once);
      }),
    );
    // Merging the merged result with its inputs again adds nothing.
    const merged = read(
      'merged.json',
      report('acme', once.findings, { coverage: { complete: false, gaps: once.gaps } }),
    );
    const remerged = mergeReports({
      reports: [...three.slice(1), merged],
      unreadable: [],
      expected: ['acme', 'acme-labs', 'acme-eu', 'acme-apac'],
    });
    expect(remerged.findings).toEqual(once.findings);
    expect(remerged.gaps).toEqual(once.gaps);
  });
});
