// A budget that runs out half way through a per-repository part: the rest is deferred by
// name, the next run finishes it, and no issue closes on what was deferred.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { harness, keyOf, reportOf, type Harness, type ReportShape } from './harness.js';

const DEFERRED = 'deferred by the rate-limit budget; next run';
const DAY = 86_400_000;

interface Freshness {
  part: string;
  readThisRun: number;
  deferred: { lastReadAt: string | null; repositories: number }[];
}
const freshnessOf = (report: ReportShape, part: string) =>
  (report.coverage as unknown as { freshness: Freshness[] }).freshness.find((f) => f.part === part);
const deferredCount = (f: Freshness | undefined) => (f?.deferred ?? []).reduce((n, d) => n + d.repositories, 0);

/** Forget the stored ETags so that the next run pays for every list again (as after a change). */
function dropStoredEtags(h: Harness): void {
  for (const branch of h.scenario.org.branches) {
    // The state file of each organization (`<org>/state.json`, or the older `state.json`).
    for (const file of Object.values(branch.files).filter((f) => f.path.endsWith('state.json'))) {
      const state = JSON.parse(file.content) as { etags: unknown };
      state.etags = null;
      file.content = JSON.stringify(state);
      file.sha = `${file.sha.slice(0, 30)}0000000000`;
    }
  }
}

describe('partial reads under the rate-limit budget', () => {
  let h: Harness;
  let complete: ReportShape;
  let partial: ReportShape;
  let partialSummary: string;
  let finished: ReportShape;
  let closedDuringPartial: number;
  const at = (days: number) => new Date(Date.parse(h.scenario.org.now) + days * DAY).toISOString();

  beforeAll(async () => {
    h = await harness();
    const inputs = { mode: 'audit', report: 'issues,summary,json', 'fail-on': 'none' };
    complete = reportOf(await h.run({ inputs }));

    dropStoredEtags(h);
    const reset = Math.floor(Date.now() / 1000) + 3600;
    // The reserve (200) plus about 100: the organization lists and deploy keys, then part of the secrets.
    h.sim.switches.rateLimit.core = { limit: 15000, remaining: 300, resetAt: reset };
    const closedBefore = h.scenario.org.issues.filter((i) => i.state === 'closed').length;
    const run = await h.run({ inputs, now: at(1) });
    partial = reportOf(run);
    partialSummary = run.summary;
    closedDuringPartial = h.scenario.org.issues.filter((i) => i.state === 'closed').length - closedBefore;

    h.sim.switches.rateLimit.core = { limit: 15000, remaining: 15000, resetAt: reset };
    finished = reportOf(await h.run({ inputs, now: at(2) }));
  }, 240_000);
  afterAll(() => h.close());

  it('reads part of the secrets and names every repository it deferred', () => {
    const secrets = freshnessOf(partial, 'secrets');
    expect(secrets?.readThisRun).toBeGreaterThan(0);
    expect(deferredCount(secrets)).toBeGreaterThan(0);
    const deferredGaps = partial.coverage.gaps.filter((g) => g.reason === DEFERRED);
    const secretGaps = deferredGaps.filter((g) => /^repo:acme\/[^/]+\/secrets$/.test(g.resource));
    expect(secretGaps).toHaveLength(deferredCount(secrets));
    // Every gap names one repository's part; nothing is skipped as a whole.
    expect(deferredGaps.every((g) => /^repo:acme\/[^/]+\/(deploy-keys|secrets|invitations)$/.test(g.resource))).toBe(true);
    expect(partial.coverage.complete).toBe(false);
    // The secrets were read before: the deferred ones say when.
    expect(secrets?.deferred.every((d) => d.lastReadAt !== null)).toBe(true);
    expect(partialSummary).toContain('Freshness');
    expect(partialSummary).toMatch(/secrets: \d+ repositories read in this run, \d+ deferred \(last read in the run of \d{4}-\d\d-\d\d\)/);
    // One finding for the part, counting the repositories (not one per repository).
    const gapFindings = partial.findings.filter((f) => f.rule === 'audit-coverage-gap');
    const forSecrets = gapFindings.filter((f) => f.resource === 'org:acme/repository-secrets');
    expect(forSecrets).toHaveLength(1);
    expect(forSecrets[0].evidence).toMatchObject({ repositoryCount: secretGaps.length });
    const deferredResources = new Set(deferredGaps.map((g) => g.resource));
    expect(gapFindings.filter((f) => deferredResources.has(f.resource))).toEqual([]);
  });

  it('closes no issue and resolves no finding on deferred data', () => {
    expect(closedDuringPartial).toBe(0);
    const deferredRepos = new Set(
      partial.coverage.gaps.filter((g) => g.reason === DEFERRED).map((g) => g.resource.split('/').slice(0, 2).join('/').slice('repo:'.length)),
    );
    const hidden = complete.findings.filter((f) => {
      const repo = /^[a-z-]+:([^/]+\/[^/]+)/.exec(f.resource)?.[1];
      return repo !== undefined && deferredRepos.has(repo);
    });
    // The test means something only if the deferred repositories held findings.
    expect(hidden.length).toBeGreaterThan(0);
    const resolved = new Set((partial as unknown as { changes: { resolved: string[] } }).changes.resolved);
    for (const finding of hidden) expect(resolved.has(finding.fingerprint)).toBe(false);
  });

  it('the next run finishes what was deferred: complete, and the same findings as the first full read', () => {
    expect(finished.coverage.gaps.filter((g) => g.reason === DEFERRED)).toEqual([]);
    expect(deferredCount(freshnessOf(finished, 'secrets'))).toBe(0);
    const secretRules = (r: ReportShape) =>
      r.findings.filter((f) => f.resource.startsWith('secret:')).map(keyOf).sort();
    expect(secretRules(finished)).toEqual(secretRules(complete));
  });
});
