import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aGrant, aPerson, aPolicy, aSnapshot, NOW } from '../../builders/snapshot.js';
import {
  applyRemediation,
  planRemediation,
  type RemediationAction,
} from '../../../src/offboarding/remediation.js';
import { createClient } from '../../../src/github/client.js';
import { makeFinding } from '../../../src/rules/finding.js';
import { fixedClock, type Finding, type RuleName } from '../../../src/model.js';

const policy = aPolicy();
const finding = (
  rule: RuleName,
  resource: string,
  subject = 'alice',
  evidence: Record<string, unknown> = {},
): Finding => makeFinding(policy, rule, { subject, resource, message: 'm', evidence });

const snapshot = aSnapshot({
  people: [aPerson('alice'), aPerson('olga', { orgRole: null, outsideCollaborator: true }), aPerson('tess')],
  grants: [
    aGrant('alice', 'acme/api'),
    aGrant('olga', 'acme/api', 'read', { outsideCollaborator: true }),
    aGrant('olga', 'acme/web', 'read', { outsideCollaborator: true }),
  ],
  invitations: [
    {
      id: '81',
      kind: 'organization',
      login: 'alice',
      email: null,
      target: 'org:acme',
      role: null,
      createdAt: NOW,
      inviter: 'bob',
    },
    {
      id: '82',
      kind: 'repository',
      login: 'alice',
      email: null,
      target: 'repo:acme/api',
      role: 'write',
      createdAt: NOW,
      inviter: 'bob',
    },
  ],
});

const requestsOf = (actions: RemediationAction[]) =>
  actions.map((a) =>
    a.type === 'request' ? `${a.route} ${JSON.stringify(a.params)}` : `manual ${a.resources.join(',')}`,
  );

describe('planRemediation', () => {
  it('removes a member, and does not remove team memberships the org removal takes away', () => {
    const actions = planRemediation(
      [finding('retained-team-membership', 'team:acme/devs'), finding('retained-org-membership', 'org:acme')],
      snapshot,
      'acme',
    );
    expect(requestsOf(actions)).toEqual([
      'DELETE /orgs/{org}/members/{username} {"org":"acme","username":"alice"}',
    ]);
  });

  it('removes team memberships of someone who stays a member', () => {
    const actions = planRemediation(
      [finding('retained-team-membership', 'team:acme/devs', 'tess')],
      snapshot,
      'acme',
    );
    expect(requestsOf(actions)).toEqual([
      'DELETE /orgs/{org}/teams/{team_slug}/memberships/{username} {"org":"acme","team_slug":"devs","username":"tess"}',
    ]);
  });

  it('removes a direct collaborator per repository, an outside collaborator once from the organization', () => {
    const actions = planRemediation(
      [
        finding('retained-repo-access', 'repo:acme/api'),
        finding('retained-repo-access', 'repo:acme/api', 'olga'),
        finding('retained-repo-access', 'repo:acme/web', 'olga'),
      ],
      snapshot,
      'acme',
    );
    expect(requestsOf(actions)).toEqual([
      'DELETE /repos/{owner}/{repo}/collaborators/{username} {"owner":"acme","repo":"api","username":"alice"}',
      'DELETE /orgs/{org}/outside_collaborators/{username} {"org":"acme","username":"olga"}',
    ]);
    expect(actions[1].resources).toEqual(['repo:acme/api', 'repo:acme/web']);
  });

  it('cancels organization and repository invitations on their own routes', () => {
    const actions = planRemediation(
      [finding('pending-invitation', 'invitation:81'), finding('pending-invitation', 'invitation:82')],
      snapshot,
      'acme',
    );
    expect(requestsOf(actions)).toEqual([
      'DELETE /orgs/{org}/invitations/{invitation_id} {"org":"acme","invitation_id":81}',
      'DELETE /repos/{owner}/{repo}/invitations/{invitation_id} {"owner":"acme","repo":"api","invitation_id":82}',
    ]);
  });

  it('revokes PAT grants in batches of at most 100, credentials and deploy keys one by one', () => {
    // `pat:<token id>` names the token; the grant id in the evidence is what GitHub revokes.
    const pats = Array.from({ length: 150 }, (_, i) =>
      finding('retained-token', `pat:${5000 + i}`, 'alice', { grantId: 1000 + i, tokenId: 5000 + i }),
    );
    const actions = planRemediation(
      [
        ...pats,
        finding('retained-token', 'credential:55'),
        finding('retained-deploy-key', 'deploy-key:acme/api/4021'),
      ],
      snapshot,
      'acme',
    );
    const batches = actions.filter((a) => a.kind === 'revoke-pat-grants');
    expect(batches.map((a) => (a.type === 'request' ? (a.params.pat_ids as number[]).length : 0))).toEqual([
      100, 50,
    ]);
    expect(batches[0]).toMatchObject({
      route: 'POST /orgs/{org}/personal-access-tokens',
      params: { org: 'acme', action: 'revoke' },
    });
    expect(batches[0].type === 'request' && (batches[0].params.pat_ids as number[])[0]).toBe(1000);
    expect(batches[0].resources[0]).toBe('pat:5000');
    expect(requestsOf(actions.filter((a) => a.kind !== 'revoke-pat-grants'))).toEqual([
      'DELETE /orgs/{org}/credential-authorizations/{credential_id} {"org":"acme","credential_id":55}',
      'DELETE /repos/{owner}/{repo}/keys/{key_id} {"owner":"acme","repo":"api","key_id":4021}',
    ]);
  });

  it('never touches a secret: it is listed to rotate by hand', () => {
    const actions = planRemediation([finding('unrotated-secret', 'secret:acme/api/TOKEN')], snapshot, 'acme');
    expect(actions).toEqual([
      expect.objectContaining({
        type: 'manual',
        kind: 'rotate-secret',
        resources: ['secret:acme/api/TOKEN'],
      }),
    ]);
  });

  it('plans nothing for findings that have no revocation (activity, steps)', () => {
    const actions = planRemediation(
      [
        finding('activity-after-offboarding', 'event:1'),
        finding('offboarding-step-missing', 'offboarding-step:alice/laptop'),
      ],
      snapshot,
      'acme',
    );
    expect(actions).toEqual([]);
  });
});

describe('applyRemediation against a local server', () => {
  const TOKEN = 'ghs_secret_token_never_logged';
  const received: { method: string; url: string; body: string; auth: string | undefined }[] = [];
  let server: Server;
  let url: string;

  const readBody = (request: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => resolve(body));
    });

  beforeAll(async () => {
    server = createServer((request, response) => {
      void readBody(request).then((body) => {
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          body,
          auth: request.headers.authorization,
        });
        response.setHeader('content-type', 'application/json');
        if (request.url?.includes('/credential-authorizations/')) {
          response.statusCode = 404;
          response.end(JSON.stringify({ message: 'Not Found' }));
        } else if (request.method === 'POST') {
          response.statusCode = 202;
          response.end('{}');
        } else {
          response.statusCode = 204;
          response.end();
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends each request to its route, records a failure and carries on', async () => {
    const client = createClient({
      token: TOKEN,
      apiUrl: url,
      graphqlUrl: `${url}/graphql`,
      retries: 0,
      retryBaseMs: 1,
    });
    const actions = planRemediation(
      [
        finding('retained-org-membership', 'org:acme'),
        finding('retained-token', 'credential:55'),
        finding('retained-token', 'pat:5007', 'alice', { grantId: 7, tokenId: 5007 }),
        finding('retained-deploy-key', 'deploy-key:acme/api/4021'),
        finding('unrotated-secret', 'secret:acme/api/TOKEN'),
      ],
      snapshot,
      'acme',
    );
    const results = await applyRemediation(client, actions, fixedClock(NOW));

    expect(received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /orgs/acme/personal-access-tokens',
      'DELETE /orgs/acme/credential-authorizations/55',
      'DELETE /repos/acme/api/keys/4021',
      'DELETE /orgs/acme/members/alice',
    ]);
    expect(JSON.parse(received[0].body)).toEqual({ action: 'revoke', pat_ids: [7] });
    expect(received.every((r) => r.auth?.includes(TOKEN))).toBe(true);

    expect(results.map((r) => [r.action.kind, r.ok, r.status])).toEqual([
      ['revoke-pat-grants', true, 202],
      ['revoke-credential', false, 404],
      ['delete-deploy-key', true, 204],
      ['remove-org-member', true, 204],
    ]);
    expect(results[1].error).toContain('404');
    expect(results.every((r) => r.at === NOW)).toBe(true);
    expect(JSON.stringify(results)).not.toContain(TOKEN);
  });
});
