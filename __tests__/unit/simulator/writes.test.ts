import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { buildScenario } from './fixture.js';
import { gh } from './http.js';
import type { Json } from './http.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ scenario: buildScenario() });
});
afterAll(async () => {
  // Every write response was validated against its OpenAPI schema on the way out.
  expect(sim.log.filter((e) => e.error)).toEqual([]);
  await sim.close();
});

const annotation = (i: number) => ({
  path: 'policies/a.yml',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'warning',
  message: `m${i}`,
});

describe('issues and comments', () => {
  it('creates, lists, updates and comments on an issue', async () => {
    const created = await gh(sim, 'POST', '/repos/acme/sentinel/issues', {
      title: 'Offboarding: carol',
      body: 'inventory',
      labels: ['offboarding'],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Offboarding: carol',
      user: { login: 'sentinel-bot' },
    });
    expect(created.body.labels.map((l: Json) => l.name)).toEqual(['offboarding']);
    await gh(sim, 'POST', '/repos/acme/sentinel/issues', { title: 'Other', labels: ['finding'] });

    const listed = await gh(sim, 'GET', '/repos/acme/sentinel/issues?labels=offboarding&state=open');
    expect(listed.body.map((i: Json) => i.number)).toEqual([1]);

    const comment = await gh(sim, 'POST', '/repos/acme/sentinel/issues/1/comments', {
      body: 'revoked 2 of 3',
    });
    expect(comment.status).toBe(201);
    expect(
      (await gh(sim, 'GET', '/repos/acme/sentinel/issues/1/comments')).body.map((c: Json) => c.body),
    ).toEqual(['revoked 2 of 3']);

    const closed = await gh(sim, 'PATCH', '/repos/acme/sentinel/issues/1', {
      state: 'closed',
      state_reason: 'completed',
    });
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    expect(closed.body.closed_at).not.toBeNull();
    expect((await gh(sim, 'GET', '/repos/acme/sentinel/issues?labels=offboarding')).body).toEqual([]);
    expect(
      (await gh(sim, 'GET', '/repos/acme/sentinel/issues?labels=offboarding&state=closed')).body,
    ).toHaveLength(1);
    const reopened = await gh(sim, 'PATCH', '/repos/acme/sentinel/issues/1', { state: 'open' });
    expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
  });

  it('rejects an issue without a title', async () => {
    expect((await gh(sim, 'POST', '/repos/acme/sentinel/issues', { body: 'x' })).status).toBe(422);
  });

  it('creates a label once and answers 422 already_exists on a duplicate', async () => {
    const created = await gh(sim, 'POST', '/repos/acme/sentinel/labels', {
      name: 'sentinel',
      color: 'b60205',
      description: 'Offboarding Sentinel',
    });
    expect(created.status).toBe(201);
    const dup = await gh(sim, 'POST', '/repos/acme/sentinel/labels', { name: 'Sentinel', color: 'ffffff' });
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    expect((await gh(sim, 'GET', '/repos/acme/sentinel/labels/sentinel')).body.color).toBe('b60205');
    expect((await gh(sim, 'GET', '/repos/acme/sentinel/labels/missing')).status).toBe(404);
  });
});

describe('check runs', () => {
  const sha = 'b'.repeat(40);

  it('accepts 50 annotations, rejects 51, and appends on PATCH', async () => {
    const tooMany = await gh(sim, 'POST', '/repos/acme/sentinel/check-runs', {
      name: 'sentinel',
      head_sha: sha,
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) },
    });
    expect(tooMany.status).toBe(422);
    const created = await gh(sim, 'POST', '/repos/acme/sentinel/check-runs', {
      name: 'sentinel',
      head_sha: sha,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const patched = await gh(sim, 'PATCH', `/repos/acme/sentinel/check-runs/${id}`, {
      conclusion: 'failure',
      output: {
        title: 't',
        summary: 's',
        annotations: Array.from({ length: 30 }, (_, i) => annotation(50 + i)),
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { annotations_count: 80 },
    });
    const listed = await gh(sim, 'GET', `/repos/acme/sentinel/commits/${sha}/check-runs`);
    expect(listed.body.total_count).toBe(1);
    expect(listed.body.check_runs[0].id).toBe(id);
  });

  it('rejects a body that breaks the OpenAPI request schema with 422 Invalid request', async () => {
    const r = await gh(sim, 'POST', '/repos/acme/sentinel/check-runs', {
      name: 'sentinel',
      head_sha: sha,
      output: { title: 't', summary: 's', annotations: [{ ...annotation(0), annotation_level: 'error' }] },
    });
    expect(r.status).toBe(422);
    expect(r.body.message).toMatch(/^Invalid request\.\n\nFor '\/output\/annotations\/0\/annotation_level'/);
    expect((await gh(sim, 'POST', '/repos/acme/sentinel/labels', { name: 7 })).status).toBe(422);
    expect(
      (await gh(sim, 'POST', '/orgs/acme/personal-access-tokens', { action: 'delete', pat_ids: [801] }))
        .status,
    ).toBe(422);
  });

  it('rejects a summary over 65535 characters', async () => {
    const r = await gh(sim, 'POST', '/repos/acme/sentinel/check-runs', {
      name: 'sentinel',
      head_sha: sha,
      output: { title: 't', summary: 'x'.repeat(65536) },
    });
    expect(r.status).toBe(422);
    const ok = await gh(sim, 'POST', '/repos/acme/sentinel/check-runs', {
      name: 'sentinel',
      head_sha: sha,
      output: { title: 't', summary: 'x'.repeat(65535) },
    });
    expect(ok.status).toBe(201);
  });
});

describe('contents and refs (state branch)', () => {
  it('creates a branch, writes a file, needs the current sha to update and answers 409 on a stale one', async () => {
    const main = await gh(sim, 'GET', '/repos/acme/sentinel/git/ref/heads/main');
    expect(main.status).toBe(200);
    expect(
      (await gh(sim, 'GET', '/repos/acme/sentinel/git/ref/heads/offboarding-sentinel-state')).status,
    ).toBe(404);
    const ref = await gh(sim, 'POST', '/repos/acme/sentinel/git/refs', {
      ref: 'refs/heads/offboarding-sentinel-state',
      sha: main.body.object.sha,
    });
    expect(ref.status).toBe(201);
    expect(
      (
        await gh(sim, 'POST', '/repos/acme/sentinel/git/refs', {
          ref: 'refs/heads/offboarding-sentinel-state',
          sha: main.body.object.sha,
        })
      ).status,
    ).toBe(422);
    expect((await gh(sim, 'GET', '/repos/acme/sentinel/branches/offboarding-sentinel-state')).status).toBe(
      200,
    );

    const path = '/repos/acme/sentinel/contents/history/audit.json';
    const put = await gh(sim, 'PUT', path, {
      message: 'state',
      content: Buffer.from('{"v":1}').toString('base64'),
      branch: 'offboarding-sentinel-state',
    });
    expect(put.status).toBe(201);
    const sha = put.body.content.sha;
    const got = await gh(sim, 'GET', `${path}?ref=offboarding-sentinel-state`);
    expect(Buffer.from(got.body.content, 'base64').toString()).toBe('{"v":1}');
    expect(got.body.sha).toBe(sha);
    // Not on main.
    expect((await gh(sim, 'GET', path)).status).toBe(404);

    const noSha = await gh(sim, 'PUT', path, {
      message: 'state',
      content: Buffer.from('{"v":2}').toString('base64'),
      branch: 'offboarding-sentinel-state',
    });
    expect(noSha.status).toBe(422);
    const stale = await gh(sim, 'PUT', path, {
      message: 'state',
      content: Buffer.from('{"v":2}').toString('base64'),
      branch: 'offboarding-sentinel-state',
      sha: 'f'.repeat(40),
    });
    expect(stale.status).toBe(409);
    const updated = await gh(sim, 'PUT', path, {
      message: 'state',
      content: Buffer.from('{"v":2}').toString('base64'),
      branch: 'offboarding-sentinel-state',
      sha,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.content.sha).not.toBe(sha);
  });
});

describe('revocations', () => {
  const auditFor = (action: string) =>
    sim.scenario.org.audit_log.filter((e) => e.action === action && e.actor === 'sentinel-bot');

  it('removing a member removes them from the org and its teams, and records org.remove_member', async () => {
    const before = Date.parse(sim.scenario.org.now);
    expect((await gh(sim, 'DELETE', '/orgs/acme/members/carol')).status).toBe(204);
    const org = sim.scenario.org;
    expect(org.members.map((m) => m.login)).not.toContain('carol');
    expect(org.teams.flatMap((t) => t.members.map((m) => m.login))).not.toContain('carol');
    const [event] = auditFor('org.remove_member');
    expect(event).toMatchObject({ user: 'carol', org: 'acme' });
    expect(event['@timestamp']).toBeGreaterThan(before);
    expect((await gh(sim, 'GET', '/orgs/acme/memberships/carol')).status).toBe(404);
    // The audit-log API serves the new event.
    const log = await gh(
      sim,
      'GET',
      '/orgs/acme/audit-log?phrase=action:org.remove_member+actor:sentinel-bot',
    );
    expect(log.body.map((e: Json) => e.user)).toEqual(['carol']);
    expect((await gh(sim, 'DELETE', '/orgs/acme/members/carol')).status).toBe(404);
  });

  it('refuses to remove a member as an outside collaborator; removes an outside collaborator from every repo', async () => {
    const fresh = await startSimulator({ scenario: buildScenario() });
    try {
      expect((await gh(fresh, 'DELETE', '/orgs/acme/outside_collaborators/bob')).status).toBe(422);
      expect((await gh(fresh, 'DELETE', '/orgs/acme/outside_collaborators/dave')).status).toBe(204);
      const org = fresh.scenario.org;
      expect(org.outside_collaborators).toEqual([]);
      expect(org.repos.flatMap((r) => r.collaborators.map((c) => c.login))).not.toContain('dave');
      expect(org.audit_log.at(-1)).toMatchObject({
        action: 'org.remove_outside_collaborator',
        user: 'dave',
        actor: 'sentinel-bot',
      });
      // Deleting the membership of someone only invited cancels the invitation.
      expect((await gh(fresh, 'DELETE', '/orgs/acme/memberships/erin')).status).toBe(204);
      expect(org.invitations).toEqual([]);
      expect(org.audit_log.at(-1)).toMatchObject({ action: 'org.cancel_invitation', user: 'erin' });
    } finally {
      await fresh.close();
    }
  });

  it('deletes a deploy key, revokes PAT grants and SSO credentials, cancels invitations, each audited in order', async () => {
    expect((await gh(sim, 'DELETE', '/repos/acme/api/keys/501')).status).toBe(204);
    expect((await gh(sim, 'GET', '/repos/acme/api/keys')).body).toEqual([]);
    expect(auditFor('public_key.delete')[0]).toMatchObject({ repo: 'acme/api', key_id: 501 });

    expect(
      (await gh(sim, 'POST', '/orgs/acme/personal-access-tokens', { action: 'revoke', pat_ids: [801] }))
        .status,
    ).toBe(202);
    expect(
      (await gh(sim, 'POST', '/orgs/acme/personal-access-tokens/802', { action: 'revoke' })).status,
    ).toBe(204);
    expect((await gh(sim, 'GET', '/orgs/acme/personal-access-tokens')).body).toEqual([]);
    expect(auditFor('personal_access_token.access_revoked').map((e) => e.user)).toEqual(['bob', 'carol']);

    expect((await gh(sim, 'DELETE', '/orgs/acme/credential-authorizations/901')).status).toBe(204);
    expect((await gh(sim, 'GET', '/orgs/acme/credential-authorizations?login=bob')).body).toEqual([]);
    expect(auditFor('org_credential_authorization.revoke')[0]).toMatchObject({
      user: 'bob',
      credential_id: 901,
    });

    expect((await gh(sim, 'DELETE', '/orgs/acme/invitations/701')).status).toBe(204);
    expect(auditFor('org.cancel_invitation')[0]).toMatchObject({ invitation_id: 701 });
    expect((await gh(sim, 'DELETE', '/repos/acme/api/invitations/401')).status).toBe(204);

    expect((await gh(sim, 'DELETE', '/orgs/acme/teams/eng/memberships/bob')).status).toBe(204);
    expect(auditFor('team.remove_member')[0]).toMatchObject({ user: 'bob', team: 'acme/eng' });

    expect((await gh(sim, 'DELETE', '/repos/acme/api/collaborators/dave')).status).toBe(204);
    expect(auditFor('repo.remove_member').some((e) => e.user === 'dave')).toBe(true);
    expect(sim.scenario.org.outside_collaborators).not.toContain('dave');

    const stamps = sim.scenario.org.audit_log
      .filter((e) => e.actor === 'sentinel-bot')
      .map((e) => e['@timestamp']);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
