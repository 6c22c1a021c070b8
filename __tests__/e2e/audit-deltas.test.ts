// Audit-log deltas: after a complete night, the next one re-reads exactly the repositories whose
// events say their lists changed (and tonight’s rolling share), and serves the rest from the
// state's copy; with the audit log unreadable it falls back to reading everything.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { deployKeysLookStale, inRollingSlice } from '../../src/collectors/delta-plan.js';
import { gitBlobSha } from '../../src/state/contents-api-store.js';
import { harness, reportOf, type Harness, type ReportShape } from './harness.js';
import { addLoggedSecret } from '../../simulator/scenario/index.js';

const DAY = 86_400_000;
const SECRETS_ROUTE = 'GET /repos/{owner}/{repo}/actions/secrets';

const PAT_REPOSITORIES_ROUTE = 'GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories';
const patReads = (h: Harness, from: number) =>
  new Set(
    h.sim.log
      .slice(from)
      .filter((l) => l.route === PAT_REPOSITORIES_ROUTE)
      .map((l) => Number(/personal-access-tokens\/(\d+)\//.exec(l.path)?.[1])),
  );

const secretReads = (h: Harness, from: number) =>
  new Set(
    h.sim.log
      .slice(from)
      .filter((l) => l.route === SECRETS_ROUTE)
      .map((l) => /^\/repos\/([^/]+\/[^/]+)\//.exec(l.path)?.[1] ?? ''),
  );

describe('audit-log deltas', () => {
  let h: Harness;
  let changed: string[];
  let all: string[];
  let night2: ReportShape;
  let night2Reads: Set<string>;
  let night3Reads: Set<string>;
  let night3: ReportShape;
  let night2At: Date;
  let night2Summary: string;
  let night2PatReads: Set<number>;
  let night3PatReads: Set<number>;
  let changedGrant: number;
  let subsetGrants: number[];
  let night2Full: ReportShape;
  let night4: ReportShape;
  let expectedRead: number;
  let expectedKept: number;
  let storedIds: Set<string>;
  let night1Through: string;
  let night2KeyReads: Set<string>;

  beforeAll(async () => {
    h = await harness();
    const org = h.scenario.org;
    const t0 = Date.parse(org.now);
    const inputs = { mode: 'audit', report: 'json', 'fail-on': 'none' };
    await h.run({ inputs });
    night1Through = storedThrough(h);
    all = org.repos.map((r) => `${org.login}/${r.name}`).sort();
    // An event from before night 1 that GitHub logged only after it read the log.
    org.audit_log.push({
      _document_id: 'logged-late',
      '@timestamp': t0 - 3_600_000,
      created_at: t0 - 3_600_000,
      action: 'org.update_member',
      actor: org.members[0].login,
      user: org.members[1].login,
      org: org.login,
    });

    // Two repositories get a new secret, and the audit log says so.
    night2At = new Date(t0 + DAY);
    const targets = org.repos.filter((r) => !inRollingSlice(`${org.login}/${r.name}`, night2At)).slice(0, 2);
    changed = targets.map((r) => `${org.login}/${r.name}`).sort();
    for (const [i, repo] of targets.entries()) {
      addLoggedSecret(org, repo, { name: `ROTATED_${i}`, atMs: t0 + DAY / 2 + i, actor: org.members[0].login, eventId: `delta-${i}` });
    }
    // One subset grant gets another repository, approved as GitHub logs it.
    subsetGrants = org.pat_grants.filter((g) => g.repository_selection === 'subset').map((g) => g.id);
    const grant = org.pat_grants.find((g) => g.repository_selection === 'subset' && !inRollingSlice(`pat:${g.id}`, night2At));
    if (!grant) throw new Error('the scenario has no subset grant outside the rolling share');
    changedGrant = grant.id;
    const extra = org.repos.find((r) => !grant.repositories.includes(r.name));
    if (!extra) throw new Error('no repository to add');
    grant.repositories.push(extra.name);
    org.audit_log.push({
      _document_id: 'delta-pat',
      '@timestamp': t0 + DAY / 2,
      created_at: t0 + DAY / 2,
      action: 'personal_access_token.access_granted',
      actor: org.members[0].login,
      user: grant.owner,
      org: org.login,
    });
    let from = h.sim.log.length;
    const second = await h.run({ inputs: { ...inputs, report: 'json,summary' }, now: night2At.toISOString() });
    night2 = reportOf(second);
    night2Summary = second.summary;
    night2Reads = secretReads(h, from);
    night2PatReads = patReads(h, from);
    night2KeyReads = new Set(
      h.sim.log
        .slice(from)
        .filter((l) => l.route === 'GET /repos/{owner}/{repo}/keys')
        .map((l) => /^\/repos\/([^/]+\/[^/]+)\//.exec(l.path)?.[1] ?? ''),
    );
    // What night 2 should have read of the log: from night 1, less the margin for late events.
    const readFrom = Date.parse(night1Through) - DAY;
    expectedRead = org.audit_log.filter((e) => e['@timestamp'] >= readFrom && e['@timestamp'] <= night2At.getTime()).length;
    const stored = storedAuditLog(h);
    storedIds = new Set(stored.map((e) => e.id));
    expectedKept = stored.length - expectedRead;
    // The same night again with the stored events gone: a read of the whole window.
    dropStoredAuditLog(h);
    night2Full = reportOf(await h.run({ inputs, now: night2At.toISOString() }));

    h.sim.switches.denials = [{ match: 'GET /orgs/acme/audit-log' }];
    from = h.sim.log.length;
    night3 = reportOf(await h.run({ inputs, now: new Date(t0 + 2 * DAY).toISOString() }));
    night3Reads = secretReads(h, from);
    night3PatReads = patReads(h, from);
    h.sim.switches.denials = [];
    night4 = reportOf(await h.run({ inputs, now: new Date(t0 + 3 * DAY).toISOString() }));
  }, 300_000);
  afterAll(() => h.close());

  it('re-reads exactly the repositories whose events changed, and tonight’s rolling share', () => {
    const slice = all.filter((repo) => inRollingSlice(repo, night2At));
    expect([...night2Reads].sort()).toEqual([...new Set([...changed, ...slice])].sort());
    expect(night2Reads.size).toBeLessThan(all.length / 2);
  });

  it('serves the rest from the state, and sees the change', () => {
    const secrets = (night2.coverage as unknown as { freshness: { part: string; readThisRun: number; fromState?: { repositories: number }[] }[] }).freshness.find(
      (f) => f.part === 'secrets',
    );
    expect(secrets?.readThisRun).toBe(night2Reads.size);
    expect((secrets?.fromState ?? []).reduce((n, g) => n + g.repositories, 0)).toBe(all.length - night2Reads.size);
    expect(night2.coverage.gaps.filter((g) => !g.resource.startsWith('history:'))).toEqual([]);
    expect(night2Summary).toMatch(/secrets: \d+ repositories read in this run, \d+ from the run of \d{4}-\d\d-\d\d/);
    // The new secrets are in the snapshot the rules saw (stale-secret judges them: none stale yet).
    expect(night2.findings.some((f) => f.resource.includes('ROTATED_'))).toBe(false);
    expect(night2.findings.filter((f) => f.rule === 'stale-secret').length).toBeGreaterThan(0);
  });

  it('reads a PAT grant’s repositories again only after an event about its owner, or in tonight’s share', () => {
    const org = h.scenario.org;
    const owners = new Set(org.pat_grants.filter((g) => g.id === changedGrant).map((g) => g.owner.toLowerCase()));
    const expected = org.pat_grants
      .filter((g) => g.repository_selection === 'subset')
      .filter((g) => owners.has(g.owner.toLowerCase()) || inRollingSlice(`pat:${g.id}`, night2At))
      .map((g) => g.id);
    expect([...night2PatReads].sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    expect(night2PatReads.size).toBeLessThan(subsetGrants.length);
    // The changed grant (outside tonight's share) is read because of its event.
    expect(night2PatReads.has(changedGrant)).toBe(true);
  });

  it('with the audit log unreadable, reads every repository again (a near miss of the delta path)', () => {
    expect([...night3Reads].sort()).toEqual(all);
    expect([...night3PatReads].sort((a, b) => a - b)).toEqual([...subsetGrants].sort((a, b) => a - b));
    expect(night3.coverage.gaps.some((g) => g.resource === 'org:acme/audit-log')).toBe(true);
  });

  it('reads again the deploy keys whose stored copy looks stale, so no stale-deploy-key finding comes from a copy', () => {
    const org = h.scenario.org;
    const withKeys = org.repos.filter((r) => r.deploy_keys.length > 0);
    const looksStale = (r: (typeof withKeys)[number]) =>
      deployKeysLookStale(r.deploy_keys, night2At, { unusedDays: [90], neverUsedDays: [30] });
    const stale = withKeys.filter(looksStale).map((r) => `${org.login}/${r.name}`);
    const fresh = withKeys
      .filter((r) => !looksStale(r))
      .map((r) => `${org.login}/${r.name}`)
      .filter((repo) => !inRollingSlice(repo, night2At));
    expect(stale.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    for (const repo of stale) expect(night2KeyReads.has(repo)).toBe(true);
    // A near miss: a list whose keys were all used lately comes from the state.
    for (const repo of fresh) expect(night2KeyReads.has(repo)).toBe(false);
    expect(night2.findings.some((f) => f.rule === 'stale-deploy-key')).toBe(true);
  });

  it('reads the audit log only since the last run (less a day for late events), keeping the rest of the window from the state', () => {
    expect(freshnessOf(night2, 'audit-log')).toEqual({
      part: 'audit-log',
      readThisRun: expectedRead,
      deferred: [],
      fromState: [{ lastReadAt: night1Through, repositories: expectedKept }],
    });
    expect(expectedKept).toBeGreaterThan(expectedRead);
    // The event GitHub logged after night 1 read the log is in the record all the same.
    expect(storedIds.has('logged-late')).toBe(true);
  });

  it('judges on the same events as a read of the whole window: the same findings', () => {
    expect(freshnessOf(night2Full, 'audit-log')).toBeUndefined();
    const fingerprints = (report: ReportShape) => report.findings.map((f) => f.fingerprint).sort();
    expect(fingerprints(night2)).toEqual(fingerprints(night2Full));
    expect(night2.findings.length).toBeGreaterThan(0);
  });

  it('keeps the stored events through a night the log could not be read, and goes on from them', () => {
    expect(freshnessOf(night3, 'audit-log')).toBeUndefined();
    expect(freshnessOf(night4, 'audit-log')?.fromState?.[0]?.lastReadAt).toBe(night2At.toISOString());
    expect(night4.coverage.gaps.some((g) => g.resource === 'org:acme/audit-log')).toBe(false);
  });
});

interface Freshness {
  part: string;
  readThisRun: number;
  deferred: unknown[];
  fromState?: { lastReadAt: string; repositories: number }[];
}
function freshnessOf(report: ReportShape, part: string): Freshness | undefined {
  return ((report.coverage as unknown as { freshness?: Freshness[] }).freshness ?? []).find((f) => f.part === part);
}

function stateFiles(h: Harness): Record<string, { content: string; sha: string }> {
  const branch = h.scenario.org.branches.find((b) => b.name === 'offboarding-sentinel-state');
  if (!branch) throw new Error('no state branch');
  return branch.files;
}

function storedThrough(h: Harness): string {
  const main = JSON.parse(stateFiles(h)['acme/state.json'].content) as { auditLog?: { through: string } };
  if (!main.auditLog) throw new Error('no audit log stored');
  return main.auditLog.through;
}

function storedAuditLog(h: Harness): { id: string }[] {
  const files = stateFiles(h);
  const main = JSON.parse(files['acme/state.json'].content) as { auditLog?: { events: { auditLogShards: string[] } } };
  return (main.auditLog?.events.auditLogShards ?? []).flatMap((path) => JSON.parse(files[path].content) as { id: string }[]);
}

function dropStoredAuditLog(h: Harness): void {
  const files = stateFiles(h);
  const main = JSON.parse(files['acme/state.json'].content) as Record<string, unknown>;
  delete main.auditLog;
  const content = JSON.stringify(main);
  files['acme/state.json'].content = content;
  files['acme/state.json'].sha = gitBlobSha(Buffer.from(content, 'utf8'));
}
