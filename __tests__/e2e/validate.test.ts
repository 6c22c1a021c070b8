// The PR check for policy changes, end to end on a `pull_request` event.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { harness, repositoryPolicy, reportOf, type Harness } from './harness.js';

const HEAD = 'b'.repeat(40);
const BASE = 'c'.repeat(40);

function pullRequest(fork = false) {
  return {
    name: 'pull_request' as const,
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'tighten-policy', repo: { full_name: fork ? 'someone/offboarding-ops' : 'acme/offboarding-ops', fork } },
        base: { sha: BASE, ref: 'main', repo: { full_name: 'acme/offboarding-ops' } },
      },
    },
  };
}

/** The base branch's policy files, as the contents API will serve them at BASE. */
function seedBaseBranch(h: Harness, files: Record<string, string>) {
  const blob = (text: string) => createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0${text}`).digest('hex');
  h.scenario.org.branches.push({
    repo: 'offboarding-ops',
    name: 'main',
    sha: BASE,
    files: Object.fromEntries(Object.entries(files).map(([path, content]) => [path, { path, content, sha: blob(content) }])),
  });
}

describe('mode: validate on a pull request', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
    seedBaseBranch(h, h.files);
  });
  afterAll(() => h.close());

  it('annotates each error of a broken policy at its exact line on the PR head', async () => {
    const broken = [
      'version: 1', //                                   line 1
      'rules:', //                                       line 2
      '  stale-member:', //                              line 3
      '    inactve-days: 60', //                         line 4: unknown key
      '  stale-secret: { rotation-days: ninety }', //    line 5: wrong type
      'exemptions:', //                                  line 6
      '  - subjects: [ci-bot]', //                       line 7: no reason, no expiry
      '    rules: [stale-member]', //                    line 8
    ].join('\n');
    const run = await h.run({
      event: pullRequest(),
      files: { ...h.files, 'policies/zz-change.yml': broken },
      inputs: { mode: 'validate' },
    });
    expect(run.exitCode).toBe(1);
    const check = h.scenario.org.check_runs.find((c) => c.head_sha === HEAD)!;
    expect(check.conclusion).toBe('failure');
    const annotations = check.output.annotations as { path: string; start_line: number; message: string }[];
    const at = (line: number) => annotations.filter((a) => a.path === 'policies/zz-change.yml' && a.start_line === line);
    expect(at(4)).toHaveLength(1);
    expect(at(4)[0]?.message).toMatch(/did you mean `inactive-days`/);
    expect(at(5)[0]?.message).toMatch(/number/);
    expect(annotations.some((a) => a.path === 'policies/zz-change.yml' && a.start_line === 7 && /reason/.test(a.message))).toBe(true);
    // The workflow log gets file:line annotations too.
    expect(run.annotations.some((a) => a.properties.file === 'policies/zz-change.yml' && a.properties.line === '4')).toBe(true);
  });

  it('shows which findings a valid change adds, silences or re-grades', async () => {
    // The PR edits the repository's policy file: one threshold up, one severity changed.
    const change = repositoryPolicy
      .replace('stale-deploy-key: { never-used-days: 30, unused-days: 90 }', 'stale-deploy-key: { never-used-days: 30, unused-days: 120 }')
      .replace('long-lived-token: { max-lifetime-days: 366 }', 'long-lived-token: { max-lifetime-days: 366, severity: high }')
      // An exemption for someone who holds nothing: a warning at its line, not a failure.
      .concat('exemptions:\n  - subjects: ["nobody-here"]\n    reason: "left over"\n    expires: 2027-06-01\n');
    expect(change).not.toBe(repositoryPolicy);
    const exemptionLine = change.split('\n').indexOf('  - subjects: ["nobody-here"]') + 1;
    const run = await h.run({
      event: pullRequest(),
      files: { ...h.files, 'policies/offboarding-sentinel.yml': change },
      inputs: { mode: 'validate' },
    });
    expect(run.exitCode).toBe(0);
    const diff = (reportOf(run) as unknown as { policyDiff: { added: unknown[]; silenced: { rule: string }[]; regraded: unknown[] } }).policyDiff;
    expect(diff.added).toEqual([]);
    expect(diff.silenced.map((f) => f.rule)).toEqual(['stale-deploy-key']);
    expect(diff.regraded).toHaveLength(2);
    expect(run.summary).toContain('What this policy change does');
    expect(run.summary).toMatch(/\| silenced \| medium \| stale-deploy-key \|/);
    const check = h.scenario.org.check_runs.filter((c) => c.head_sha === HEAD).at(-1)!;
    expect(check.output.text).toContain('re-graded');
    const annotations = check.output.annotations as { path: string; start_line: number; annotation_level: string; message: string }[];
    expect(annotations).toContainEqual(
      expect.objectContaining({
        path: 'policies/offboarding-sentinel.yml',
        start_line: exemptionLine,
        annotation_level: 'warning',
        message: expect.stringContaining('matches no finding'),
      }),
    );
  });

  it('from a fork (read-only token) posts nothing and reports through the summary and exit code', async () => {
    const from = h.sim.log.length;
    const run = await h.run({
      event: pullRequest(true),
      files: { 'policies/offboarding-sentinel.yml': repositoryPolicy, 'policies/zz.yml': 'version: 2\n' },
      inputs: { mode: 'validate' },
    });
    expect(run.exitCode).toBe(1);
    expect(h.writes(from)).toEqual([]);
    expect(run.summary).toContain('policy error');
  });
});

describe('a broken policy in audit mode', () => {
  it('fails with the errors and changes nothing on GitHub', async () => {
    const h = await harness();
    try {
      const run = await h.run({ files: { ...h.files, 'policies/zz-bad.yml': 'version: 1\nrules:\n  stale-member: { inactive-days: -1 }\n' }, inputs: { mode: 'audit' } });
      expect(run.exitCode).toBe(1);
      expect(h.writes()).toEqual([]);
      expect(reportOf(run).findings.every((f) => f.rule === 'policy-invalid')).toBe(true);
      expect(run.stdout).toMatch(/::error title=policy-invalid,file=policies\/zz-bad\.yml,line=3,col=34::/);
    } finally {
      await h.close();
    }
  });
});
