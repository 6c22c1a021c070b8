// The size of the deferred-part finding at 50,000 repositories, measured: the finding, its SIEM
// records, its SARIF result and the issue body stay bounded while the count stays exact and the
// coverage gaps keep every repository. And an issue body fits GitHub's limit at any size.
import { describe, expect, it } from '@jest/globals';
import { DEFERRED_REASON } from '../../../src/coverage/read-record.js';
import { desiredAuditIssues, MAX_ISSUE_BODY } from '../../../src/reporters/issues.js';
import { renderBody } from '../../../src/reporters/issue-sync.js';
import { jsonlRecords } from '../../../src/reporters/jsonl.js';
import { ocsfEvents } from '../../../src/reporters/ocsf.js';
import { buildSarif } from '../../../src/reporters/sarif.js';
import { coverageGapFindings, LISTED_IN_EVIDENCE } from '../../../src/rules/audit-coverage-gap.js';
import { aPolicy } from '../../builders/snapshot.js';
import { finding, report } from '../reporters/fixtures.js';

const REPOSITORIES = 50_000;
const routing = [{ rules: [], destination: 'issue' as const, labels: [], assignees: [], teams: [], groupBy: 'rule' as const }];
const issueOptions = { organization: 'acme', routing, reportPath: 'offboarding-sentinel-out/offboarding-sentinel-report.json', runUrl: 'https://github.com/acme/ops/actions/runs/1' };

describe('the deferred-part finding at 50,000 repositories', () => {
  // Reading order is not name order: the plan read the least recently read first.
  const names = Array.from({ length: REPOSITORIES }, (_, i) => `acme/service-${String(REPOSITORIES - i).padStart(5, '0')}`);
  const gaps = names.map((repo) => ({ resource: `repo:${repo}/secrets`, reason: DEFERRED_REASON }));
  const [deferred] = coverageGapFindings(aPolicy(), gaps);
  const gapReport = report({ findings: [deferred], gaps });

  it('keeps the count exact and lists the first repositories in reading order, saying how many more and where', () => {
    expect(deferred.resource).toBe('org:acme/repository-secrets');
    expect(deferred.evidence).toEqual({
      reason: DEFERRED_REASON,
      part: 'secrets',
      repositoryCount: REPOSITORIES,
      repositories: names.slice(0, LISTED_IN_EVIDENCE),
      repositoriesNotListed: REPOSITORIES - LISTED_IN_EVIDENCE,
      fullList: 'coverage.gaps',
    });
    expect(deferred.message).toMatch(/^Could not read secrets of 50,000 repositories \(deferred by the rate-limit budget; next run; each is a coverage gap of the JSON report\): acme\/service-50000, /);
    expect(deferred.message).toMatch(/ and 49,980 more$/);
    // The report's gaps still name every repository.
    expect(gapReport.coverage.gaps).toHaveLength(REPOSITORIES);
  });

  it('is a few kilobytes in the report, the SIEM records and SARIF, and the issue body fits GitHub', () => {
    const sizes = {
      finding: JSON.stringify(deferred).length,
      jsonl: JSON.stringify(jsonlRecords(gapReport).find((r) => r.kind === 'finding')).length,
      ocsf: JSON.stringify(ocsfEvents(gapReport)[0]).length,
      sarif: JSON.stringify(buildSarif(gapReport).runs[0].results[0]).length,
      issueBody: renderBody(desiredAuditIssues(gapReport, issueOptions)[0]).length,
    };
    // Measured: listing every name made the finding 1,050,798 characters (and each SIEM record as
    // much); bounded it is 3,000 (JSON Lines 3,174, OCSF 3,957, SARIF 1,065, issue body 846).
    const everyName = JSON.stringify({ ...deferred, evidence: { ...deferred.evidence, repositories: names } }).length;
    expect(everyName).toBeGreaterThan(1_000_000);
    expect(sizes.finding).toBeLessThan(4_000);
    expect(sizes.jsonl).toBeLessThan(4_000);
    expect(sizes.ocsf).toBeLessThan(5_000);
    expect(sizes.sarif).toBeLessThan(2_000);
    expect(sizes.issueBody).toBeLessThan(2_000);
  });

  it('near miss: a few deferred repositories are all listed, nothing said to be left out', () => {
    const few = names.slice(0, 3).map((repo) => ({ resource: `repo:${repo}/deploy-keys`, reason: DEFERRED_REASON }));
    const [small] = coverageGapFindings(aPolicy(), few);
    expect(small.evidence).toMatchObject({ repositoryCount: 3, repositories: names.slice(0, 3), repositoriesNotListed: 0 });
    expect(small.message).toBe(`Could not read deploy-keys of 3 repositories (${DEFERRED_REASON}): ${names.slice(0, 3).join(', ')}`);
  });
});

describe('an audit issue body at any size', () => {
  // Every cell at its bound and escaping at its worst (each `|` becomes `&#124;`).
  const heavy = Array.from({ length: 100 }, (_, i) =>
    finding({ resource: `deploy-key:acme/${'r'.repeat(180)}/${i}`, subject: `${'s'.repeat(90)}${i}`, message: '|'.repeat(400) }),
  );

  it('lists the rows that fit under 65,536 characters, counts the rest and says where they are', () => {
    const [issue] = desiredAuditIssues(report({ findings: heavy }), issueOptions);
    const body = renderBody(issue);
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY);
    // Measured: without the bound the same 100 rows made a body of 211,845 characters, which
    // GitHub refuses; bounded, 30 rows and 64,030 characters.
    const shown = (issue.body.match(/^\| ☐ /gm) ?? []).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(100);
    expect(issue.body).toContain(`_…and ${100 - shown} more not listed here._`);
    expect(issue.footer).toContain('The full list is in the JSON report');
    expect(body).toMatch(/<!-- offboarding-sentinel:issue \{.*\} -->$/);
  });

  it('near miss: ordinary rows are all listed, with no "more" line and no footer', () => {
    const [issue] = desiredAuditIssues(report({ findings: heavy.slice(0, 3).map((f) => ({ ...f, message: 'unused for 120 days' })) }), issueOptions);
    expect((issue.body.match(/^\| ☐ /gm) ?? []).length).toBe(3);
    expect(issue.body).not.toContain('more not listed');
    expect(issue.footer).toBeUndefined();
  });
});
