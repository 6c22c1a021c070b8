import { describe, expect, it } from '@jest/globals';
import {
  annotationLevel,
  CHECK_RUN_LIMITS,
  findingAnnotations,
  planCheckRun,
} from '../../../src/reporters/check-run.js';
import { finding, manyFindings, report } from './fixtures.js';

const plan = (input: Parameters<typeof report>[0] = {}, failOn: 'high' | 'none' = 'high') =>
  planCheckRun({ name: 'Offboarding Sentinel', headSha: 'a'.repeat(40), report: report(input), failOn });

describe('planCheckRun', () => {
  it('summarises counts by severity and rule, coverage and the conclusion', () => {
    const built = plan({
      findings: [finding({ severity: 'high', rule: 'write-deploy-key' }), finding({ severity: 'medium' })],
      gaps: [{ resource: 'repo:acme/locked', reason: 'HTTP 403' }],
    });
    expect(built.conclusion).toBe('failure');
    expect(built.output.title).toContain('2 findings');
    expect(built.output.summary).toContain('| high | 1 |');
    expect(built.output.summary).toContain('| `write-deploy-key` | 1 |');
    expect(built.output.summary).toContain('incomplete');
    expect(built.output.summary).toContain('`repo:acme/locked`');
    expect(built.truncated).toEqual([]);
  });

  it('says what changed since the last run, naming resolved findings from the stored state', () => {
    const kept = finding({ resource: 'deploy-key:acme/api/1' });
    const fresh = finding({ resource: 'deploy-key:acme/api/2' });
    const built = planCheckRun({
      name: 'x',
      headSha: 'b'.repeat(40),
      failOn: 'high',
      report: report({ findings: [kept, fresh], changes: { new: [fresh.fingerprint], resolved: ['gone'] } }),
      previous: {
        v: 1,
        etags: null,
        runs: [],
        fingerprints: {
          gone: { rule: 'stale-token', resource: 'pat:99', subject: 'bob', firstSeen: 'x', lastSeen: 'y' },
        },
      },
    });
    expect(built.output.summary).toContain('**1 new**, **1 resolved**');
    expect(built.output.summary).toContain('`pat:99`');
  });

  it('cuts summary and text under 65535 characters with a note', () => {
    const built = plan({ findings: manyFindings(3000, { message: 'm'.repeat(400) }) });
    expect(built.output.summary.length).toBeLessThanOrEqual(CHECK_RUN_LIMITS.summary);
    expect(built.output.text.length).toBeLessThanOrEqual(CHECK_RUN_LIMITS.text);
    expect(built.output.text).toContain('Details cut');
    expect(built.truncated).toContain('text');
    // Cut at a line break: the last table row before the note is whole.
    const beforeNote = built.output.text.split('\n\n_Details cut')[0];
    expect(beforeNote.trimEnd().endsWith('|')).toBe(true);
  });

  it('does not claim a cut when everything fits', () => {
    expect(plan({ findings: manyFindings(10) }).output.text).not.toContain('cut');
  });

  it('annotates findings and policy errors that have a location, with a level from severity', () => {
    const located = finding({
      severity: 'low',
      location: { path: 'policies/a.yml', line: 4, column: 3, endColumn: 9 },
    });
    const annotations = findingAnnotations(
      [located, finding()],
      [{ message: 'unknown rule', location: { path: 'policies/b.yml', line: 2, column: 1, endLine: 3 } }],
    );
    expect(annotations).toEqual([
      expect.objectContaining({
        path: 'policies/b.yml',
        start_line: 2,
        end_line: 3,
        annotation_level: 'failure',
      }),
      expect.objectContaining({
        path: 'policies/a.yml',
        start_line: 4,
        end_line: 4,
        start_column: 3,
        end_column: 9,
        annotation_level: 'warning',
      }),
    ]);
    // Columns are only allowed on single-line annotations.
    expect(annotations[0]).not.toHaveProperty('start_column');
  });

  it('maps severities to annotation levels', () => {
    expect([
      annotationLevel('critical'),
      annotationLevel('high'),
      annotationLevel('medium'),
      annotationLevel('low'),
      annotationLevel('info'),
    ]).toEqual(['failure', 'failure', 'warning', 'warning', 'notice']);
  });

  it('caps annotations at 1000 and says so', () => {
    const located = manyFindings(1200).map((f, i) => ({
      ...f,
      location: { path: 'policies/a.yml', line: i + 1, column: 1 },
    }));
    const built = plan({ findings: located });
    expect(built.annotations).toHaveLength(1000);
    expect(built.output.summary).toContain('200 of 1200 not posted');
  });
});

describe('annotation paths', () => {
  it('are repository-relative when the policy loader gave absolute paths', () => {
    const located = finding({ location: { path: '/ws/policies/a.yml', line: 1, column: 1 } });
    expect(findingAnnotations([located], [], '/ws')[0].path).toBe('policies/a.yml');
    expect(findingAnnotations([located], [])[0].path).toBe('/ws/policies/a.yml');
  });
});

describe('policy errors that are also findings', () => {
  it('are annotated once', () => {
    const location = { path: 'policies/a.yml', line: 4, column: 5 };
    const asFinding = { ...finding(), rule: 'policy-invalid' as const, location };
    expect(findingAnnotations([asFinding], [{ message: 'unknown key', location }])).toHaveLength(1);
    // A policy error at another place is still annotated.
    expect(findingAnnotations([asFinding], [{ message: 'other', location: { ...location, line: 9 } }])).toHaveLength(2);
  });
});
