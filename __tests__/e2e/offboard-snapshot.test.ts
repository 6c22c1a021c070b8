// Offboarding in proportion to the person: after an audit, `pre` reads invitations and deploy
// keys only where they can concern the subject, and finds the same inventory as a full read.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { harness, reportOf, type Harness, type ReportShape } from './harness.js';

interface ResultShape {
  subject: string;
  items: { kind: string; resource: string }[];
  readBasis?: { kind: string; reason?: string; invitationRepositories?: number };
}
const results = (report: ReportShape) => report.offboarding as unknown as ResultShape[];
const inventoryOf = (result: ResultShape) => result.items.map((item) => `${item.kind} ${item.resource}`).sort();
const perRepositoryListReads = (h: Harness, from: number) =>
  h.sim.log.slice(from).filter((l) => /^GET \/repos\/\{owner\}\/\{repo\}\/(invitations|keys)$/.test(l.route)).length;

describe('offboarding from the last audit snapshot', () => {
  let h: Harness;
  let logins: string[];
  let full: ReportShape;
  let fullReads: number;
  let fromSnapshot: ReportShape;
  let snapshotReads: number;
  let snapshotSummary: string;

  beforeAll(async () => {
    h = await harness();
    logins = h.scenario.departures.map((d) => d.login);
    const pre = { mode: 'offboard', phase: 'pre', subjects: logins.join('\n'), report: 'json,summary', 'fail-on': 'none' };
    // No audit state yet: the whole organization's lists.
    let from = h.sim.log.length;
    full = reportOf(await h.run({ inputs: pre }));
    fullReads = perRepositoryListReads(h, from);

    await h.run({ inputs: { mode: 'audit', report: 'json', 'fail-on': 'none' } });
    from = h.sim.log.length;
    const run = await h.run({ inputs: pre });
    fromSnapshot = reportOf(run);
    snapshotSummary = run.summary;
    snapshotReads = perRepositoryListReads(h, from);
  }, 240_000);
  afterAll(() => h.close());

  it('without an audit state reads everything and says so', () => {
    for (const result of results(full)) expect(result.readBasis).toMatchObject({ kind: 'full-read', reason: 'no audit state could be read' });
  });

  it('with the snapshot, the same inventory for every subject', () => {
    expect(results(fromSnapshot)).toHaveLength(logins.length);
    for (const result of results(fromSnapshot)) {
      expect(result.readBasis?.kind).toBe('audit-snapshot');
      const before = results(full).find((r) => r.subject === result.subject);
      expect(before).toBeDefined();
      expect(inventoryOf(result)).toEqual(inventoryOf(before as ResultShape));
    }
    // The inventories are not empty: the comparison means something.
    expect(results(full).some((r) => r.items.some((i) => i.kind === 'deploy-key'))).toBe(true);
    expect(results(full).some((r) => r.items.some((i) => i.kind === 'invitation'))).toBe(true);
  });

  it('reads a fraction of the per-repository lists, and says what it read live', () => {
    expect(snapshotReads).toBeLessThan(fullReads / 4);
    expect(snapshotSummary).toContain('from the audit snapshot of');
  });

  it('an unreadable audit log falls back to the full read (near miss) and says why', async () => {
    h.sim.switches.denials = [{ match: 'GET /orgs/acme/audit-log' }];
    try {
      const report = reportOf(
        await h.run({ inputs: { mode: 'offboard', phase: 'pre', subjects: logins[0], report: 'json', 'fail-on': 'none' } }),
      );
      expect(results(report)[0].readBasis).toMatchObject({ kind: 'full-read' });
      expect(results(report)[0].readBasis?.reason).toMatch(/audit log could not be read/);
    } finally {
      h.sim.switches.denials = [];
    }
  });
});
