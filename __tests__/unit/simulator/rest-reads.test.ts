import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { matchRoute, validateResponse } from '../../../simulator/openapi.js';
import { restRoutes } from '../../../simulator/rest/routes.js';
import { buildScenario } from './fixture.js';
import { gh, links } from './http.js';
import type { Json } from './http.js';

let sim: Simulator;

beforeAll(async () => {
  const scenario = buildScenario({ extraMembers: 120, extraAuditEvents: 250 });
  const seat = {
    login: 'bob',
    created_at: '2026-01-01T00:00:00Z',
    last_activity_at: null,
    last_activity_editor: null,
    last_authenticated_at: null,
    pending_cancellation_date: null,
    assigning_team: 'eng',
  };
  scenario.org.copilot_seats = [seat];
  scenario.org.scim_users = [
    {
      id: 'scim-1',
      external_id: 'e1',
      user_name: 'bob@acme.example',
      display_name: 'Bob',
      emails: ['bob@acme.example'],
      active: false,
      created_at: '2026-01-01T00:00:00Z',
      last_modified: '2026-02-01T00:00:00Z',
      login: 'bob',
    },
  ];
  scenario.enterprise = {
    id: 1,
    node_id: 'E_1',
    slug: 'acme-corp',
    name: 'Acme',
    created_at: '2020-01-01T00:00:00Z',
    organizations: ['acme'],
    unaffiliated: [],
    owners: [],
    billing_managers: [],
    copilot_seats: [{ ...seat, assigning_team: null }],
    teams: [{ id: 7, slug: 'platform', name: 'Platform', created_at: '2020-01-01T00:00:00Z', members: ['dana-leaver'] }],
  };
  sim = await startSimulator({ scenario });
  // Write-side lists need something in them to validate.
  await gh(sim, 'POST', '/repos/acme/sentinel/issues', {
    title: 'Offboarding: bob',
    body: 'inventory',
    labels: ['offboarding'],
  });
  await gh(sim, 'POST', '/repos/acme/sentinel/issues/1/comments', { body: 'pre' });
  await gh(sim, 'POST', '/repos/acme/sentinel/check-runs', {
    name: 'sentinel',
    head_sha: 'a'.repeat(40),
    status: 'in_progress',
  });
  await gh(sim, 'PUT', '/repos/acme/sentinel/contents/state/history.json', {
    message: 'state',
    content: Buffer.from('{}').toString('base64'),
  });
});
afterAll(() => sim.close());

/** Git's blob id for the two bytes `{}` written in beforeAll. */
const BLOB_SHA = '9e26dfeeb6e641a33dae4961196235bdb965b21b';

/** One concrete request per implemented GET route (the route table below must cover them all). */
const GET_REQUESTS: Record<string, string> = {
  'GET /orgs/{org}': '/orgs/acme',
  'GET /orgs/{org}/members': '/orgs/acme/members?role=all',
  'GET /orgs/{org}/memberships/{username}': '/orgs/acme/memberships/bob',
  'GET /orgs/{org}/outside_collaborators': '/orgs/acme/outside_collaborators',
  'GET /orgs/{org}/invitations': '/orgs/acme/invitations',
  'GET /orgs/{org}/failed_invitations': '/orgs/acme/failed_invitations',
  'GET /orgs/{org}/teams': '/orgs/acme/teams',
  'GET /orgs/{org}/teams/{team_slug}': '/orgs/acme/teams/platform',
  'GET /orgs/{org}/teams/{team_slug}/members': '/orgs/acme/teams/eng/members',
  'GET /orgs/{org}/teams/{team_slug}/repos': '/orgs/acme/teams/eng/repos',
  'GET /orgs/{org}/repos': '/orgs/acme/repos',
  'GET /users/{username}': '/users/bob',
  'GET /user': '/user',
  'GET /repos/{owner}/{repo}': '/repos/acme/api',
  'GET /repos/{owner}/{repo}/collaborators': '/repos/acme/api/collaborators?affiliation=all',
  'GET /repos/{owner}/{repo}/teams': '/repos/acme/api/teams',
  'GET /repos/{owner}/{repo}/invitations': '/repos/acme/api/invitations',
  'GET /repos/{owner}/{repo}/keys': '/repos/acme/api/keys',
  'GET /repos/{owner}/{repo}/actions/secrets': '/repos/acme/api/actions/secrets',
  'GET /repos/{owner}/{repo}/dependabot/secrets': '/repos/acme/api/dependabot/secrets',
  'GET /repos/{owner}/{repo}/environments': '/repos/acme/api/environments',
  'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets':
    '/repos/acme/api/environments/production/secrets',
  'GET /orgs/{org}/actions/secrets': '/orgs/acme/actions/secrets',
  'GET /orgs/{org}/actions/secrets/{secret_name}/repositories':
    '/orgs/acme/actions/secrets/ORG_TOKEN/repositories',
  'GET /orgs/{org}/dependabot/secrets': '/orgs/acme/dependabot/secrets',
  'GET /orgs/{org}/personal-access-tokens': '/orgs/acme/personal-access-tokens',
  'GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories':
    '/orgs/acme/personal-access-tokens/801/repositories',
  'GET /orgs/{org}/credential-authorizations': '/orgs/acme/credential-authorizations',
  'GET /orgs/{org}/copilot/billing/seats': '/orgs/acme/copilot/billing/seats',
  'GET /enterprises/{enterprise}/copilot/billing/seats': '/enterprises/acme-corp/copilot/billing/seats',
  'GET /enterprises/{enterprise}/teams': '/enterprises/acme-corp/teams',
  'GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}': '/enterprises/acme-corp/teams/platform/memberships/dana-leaver',
  'GET /scim/v2/organizations/{org}/Users': '/scim/v2/organizations/acme/Users?startIndex=1&count=100',
  'GET /orgs/{org}/audit-log': '/orgs/acme/audit-log?phrase=created:>=2026-01-01&include=all',
  'GET /search/issues': '/search/issues?q=repo:acme/sentinel+is:issue+label:offboarding',
  'GET /repos/{owner}/{repo}/issues': '/repos/acme/sentinel/issues?state=all',
  'GET /repos/{owner}/{repo}/issues/{issue_number}': '/repos/acme/sentinel/issues/1',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': '/repos/acme/sentinel/issues/1/comments',
  'GET /repos/{owner}/{repo}/labels': '/repos/acme/sentinel/labels',
  'GET /repos/{owner}/{repo}/labels/{name}': '/repos/acme/sentinel/labels/offboarding',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': '/repos/acme/sentinel/check-runs/3001',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': `/repos/acme/sentinel/commits/${'a'.repeat(40)}/check-runs`,
  'GET /repos/{owner}/{repo}/contents/{path}': '/repos/acme/sentinel/contents/state/history.json?ref=main',
  'GET /repos/{owner}/{repo}/git/ref/{ref}': '/repos/acme/sentinel/git/ref/heads/main',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}': `/repos/acme/sentinel/git/blobs/${BLOB_SHA}`,
  'GET /repos/{owner}/{repo}/branches/{branch}': '/repos/acme/sentinel/branches/main',
};

describe('REST routes against the OpenAPI description', () => {
  it('answers 404 Not Found for a path GitHub does not have', async () => {
    const r = await gh(sim, 'GET', '/orgs/acme/former-employees');
    expect(r.status).toBe(404);
    expect(r.body.message).toBe('Not Found');
    expect(r.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com/);
    // …and for a method the path does not have.
    expect((await gh(sim, 'PATCH', '/orgs/acme/members')).status).toBe(404);
  });

  it('answers 404 for a GitHub route the simulator does not implement, and logs it', async () => {
    const r = await gh(sim, 'GET', '/orgs/acme/hooks');
    expect(r.status).toBe(404);
    expect(sim.log.at(-1)).toMatchObject({
      route: 'GET /orgs/{org}/hooks',
      unimplemented: true,
      status: 404,
    });
  });

  it('covers every implemented GET route in the table', () => {
    const implemented = Object.keys(restRoutes)
      .filter((r) => r.startsWith('GET '))
      .sort();
    expect(Object.keys(GET_REQUESTS).sort()).toEqual(implemented);
  });

  it.each(Object.entries(GET_REQUESTS))(
    '%s returns a non-empty body valid against its OpenAPI schema',
    async (route, path) => {
      const r = await gh(sim, 'GET', path);
      expect({ route, status: r.status, error: sim.log.at(-1)?.error }).toEqual({
        route,
        status: 200,
        error: undefined,
      });
      expect(sim.log.at(-1)?.route).toBe(route);
      const items = Array.isArray(r.body)
        ? r.body
        : (r.body.secrets ??
          r.body.seats ??
          r.body.Resources ??
          r.body.items ??
          r.body.environments ??
          r.body.repositories ??
          r.body.check_runs ?? [r.body]);
      expect(items.length).toBeGreaterThan(0);
      // Re-check here too, so the test does not rest on the server's own switch.
      const check = validateResponse(matchRoute('GET', path.split('?')[0])!, 200, r.body);
      expect(check).toMatchObject({ ok: true, checked: true });
    },
  );

  it('rejects an invented shape (the validator is not a rubber stamp)', () => {
    const route = matchRoute('GET', '/repos/acme/api/keys')!;
    expect(validateResponse(route, 200, [{ id: 1, title: 'k' }]).ok).toBe(false);
    expect(
      validateResponse(route, 200, [
        {
          id: 1,
          key: 'k',
          url: 'https://x.test/k',
          title: 'k',
          verified: true,
          created_at: 'x',
          read_only: 'yes',
        },
      ]).ok,
    ).toBe(false);
  });
});

describe('REST behaviour', () => {
  it('requires a token: 401 Bad credentials without or with another one', async () => {
    const none = await fetch(`${sim.url}/orgs/acme`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ message: 'Bad credentials' });
    const wrong = await fetch(`${sim.url}/orgs/acme`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const bearer = await fetch(`${sim.url}/orgs/acme`, { headers: { authorization: `Bearer ${sim.token}` } });
    expect(bearer.status).toBe(200);
  });

  it('pages with per_page and a Link header over many pages', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/orgs/acme/members?per_page=25';
    let pages = 0;
    let last: string | undefined;
    while (next) {
      const r = await gh(sim, 'GET', next);
      seen.push(...r.body.map((u: Json) => u.login));
      const l = links(r.headers.get('link'));
      if (pages === 0) last = l.last;
      next = l.next;
      pages += 1;
    }
    expect(pages).toBe(5);
    expect(seen).toHaveLength(123);
    expect(new Set(seen).size).toBe(123);
    expect(new URL(last!).searchParams.get('page')).toBe('5');
    // per_page is capped at 100, default 30.
    expect((await gh(sim, 'GET', '/orgs/acme/members?per_page=500')).body).toHaveLength(100);
    expect((await gh(sim, 'GET', '/orgs/acme/members')).body).toHaveLength(30);
  });

  it('serves bot users with percent-encoded URLs that validate', async () => {
    const r = await gh(sim, 'GET', '/users/deploy-bot%5Bbot%5D');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ login: 'deploy-bot[bot]', type: 'Bot' });
    expect(r.body.url).toMatch(/\/users\/deploy-bot%5Bbot%5D$/);
    expect((await gh(sim, 'GET', '/users/nobody-here')).status).toBe(404);
  });

  it('filters members by role', async () => {
    const admins = await gh(sim, 'GET', '/orgs/acme/members?role=admin');
    expect(admins.body.map((u: Json) => u.login)).toEqual(['alice']);
  });

  it('answers 304 to a matching If-None-Match without spending core budget', async () => {
    const first = await gh(sim, 'GET', '/orgs/acme/teams');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const before = sim.switches.rateLimit.core.remaining;
    const again = await fetch(`${sim.url}/orgs/acme/teams`, {
      headers: { authorization: `token ${sim.token}`, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(sim.switches.rateLimit.core.remaining).toBe(before);
    const changed = await fetch(`${sim.url}/orgs/acme/teams`, {
      headers: { authorization: `token ${sim.token}`, 'if-none-match': '"stale"' },
    });
    expect(changed.status).toBe(200);
    expect(sim.switches.rateLimit.core.remaining).toBe(before - 1);
    expect(changed.headers.get('x-ratelimit-remaining')).toBe(String(before - 1));
    expect(changed.headers.get('x-ratelimit-resource')).toBe('core');
  });

  it('serves GET /rate_limit without charging it', async () => {
    const before = sim.switches.rateLimit.core.remaining;
    const r = await gh(sim, 'GET', '/rate_limit');
    expect(r.body.resources.core.remaining).toBe(before);
    expect(r.body.resources.graphql.limit).toBe(10000);
    expect(sim.switches.rateLimit.core.remaining).toBe(before);
  });

  it('derives collaborator affiliations', async () => {
    const outside = await gh(sim, 'GET', '/repos/acme/api/collaborators?affiliation=outside');
    expect(outside.body.map((u: Json) => u.login)).toEqual(['dave']);
    const direct = await gh(sim, 'GET', '/repos/acme/api/collaborators?affiliation=direct');
    expect(direct.body.map((u: Json) => u.login).sort()).toEqual(['bob', 'dave']);
    const all = await gh(sim, 'GET', '/repos/acme/api/collaborators?affiliation=all');
    const carol = all.body.find((u: Json) => u.login === 'carol');
    expect(carol.permissions).toEqual({
      pull: true,
      triage: true,
      push: true,
      maintain: false,
      admin: false,
    });
  });

  it('filters PAT grants by owner and last use', async () => {
    const bob = await gh(sim, 'GET', '/orgs/acme/personal-access-tokens?owner[]=bob');
    expect(bob.body.map((g: Json) => g.id)).toEqual([801]);
    const both = await gh(sim, 'GET', '/orgs/acme/personal-access-tokens?owner[]=bob,carol&direction=asc');
    expect(both.body.map((g: Json) => g.id)).toEqual([801, 802]);
    const stale = await gh(
      sim,
      'GET',
      '/orgs/acme/personal-access-tokens?last_used_before=2026-07-01T00:00:00Z',
    );
    expect(stale.body.map((g: Json) => g.id)).toEqual([801]);
    const recent = await gh(
      sim,
      'GET',
      '/orgs/acme/personal-access-tokens?last_used_after=2026-07-01T00:00:00Z',
    );
    expect(recent.body).toEqual([]);
  });

  it('serves credential authorizations only for GHEC orgs with SAML SSO, and filters by login', async () => {
    const carol = await gh(sim, 'GET', '/orgs/acme/credential-authorizations?login=carol');
    expect(carol.body.map((c: Json) => c.credential_id)).toEqual([902]);
    const plain = await startSimulator({ scenario: buildScenario({ samlSso: false }) });
    try {
      expect((await gh(plain, 'GET', '/orgs/acme/credential-authorizations')).status).toBe(404);
      expect((await gh(plain, 'GET', '/orgs/acme/audit-log')).status).toBe(200);
    } finally {
      await plain.close();
    }
    const dotcom = await startSimulator({ scenario: buildScenario({ enterpriseCloud: false }) });
    try {
      expect((await gh(dotcom, 'GET', '/orgs/acme/audit-log')).status).toBe(404);
    } finally {
      await dotcom.close();
    }
  });

  it('searches the audit log by phrase and pages it with after/before cursors', async () => {
    const bob = await gh(
      sim,
      'GET',
      '/orgs/acme/audit-log?phrase=actor:bob+action:repo.create_actions_secret',
    );
    expect(bob.body.map((e: Json) => e._document_id)).toEqual(['doc-2']);
    const category = await gh(sim, 'GET', '/orgs/acme/audit-log?phrase=action:org');
    expect(category.body.map((e: Json) => e._document_id)).toEqual(['doc-1']);
    // git events only with include=git|all.
    expect((await gh(sim, 'GET', '/orgs/acme/audit-log?phrase=actor:carol')).body).toEqual([]);
    expect((await gh(sim, 'GET', '/orgs/acme/audit-log?phrase=actor:carol&include=all')).body).toHaveLength(
      1,
    );
    const window = await gh(
      sim,
      'GET',
      '/orgs/acme/audit-log?phrase=created:>=2026-11-05+created:<2026-11-15',
    );
    expect(window.body.map((e: Json) => e._document_id)).toEqual(['doc-2']);

    const ids: string[] = [];
    let next: string | undefined = '/orgs/acme/audit-log?phrase=repo:acme/web&order=asc&per_page=100';
    let pages = 0;
    let secondPage: Json;
    while (next) {
      const r = await gh(sim, 'GET', next);
      ids.push(...r.body.map((e: Json) => e._document_id));
      pages += 1;
      const l = links(r.headers.get('link'));
      if (pages === 2) secondPage = { body: r.body, prev: l.prev };
      next = l.next;
    }
    expect(pages).toBe(3);
    expect(ids).toHaveLength(250);
    expect(ids[0]).toBe('bulk-0');
    expect(ids[249]).toBe('bulk-249');
    const back = await gh(sim, 'GET', secondPage.prev);
    expect(back.body.map((e: Json) => e._document_id)).toEqual(ids.slice(0, 100));
  });

  it('searches issues with qualifiers and free text', async () => {
    const hit = await gh(
      sim,
      'GET',
      '/search/issues?q=' +
        encodeURIComponent('repo:acme/sentinel is:issue is:open in:title "Offboarding: bob"'),
    );
    expect(hit.body.total_count).toBe(1);
    const miss = await gh(
      sim,
      'GET',
      '/search/issues?q=' + encodeURIComponent('repo:acme/sentinel is:closed Offboarding'),
    );
    expect(miss.body.total_count).toBe(0);
  });
});
