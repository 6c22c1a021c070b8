// The action talks to GitHub through @actions/github's Octokit; the simulator must work with
// it as it is (URL-encoded path parameters, Link pagination, GraphQL errors, conditional GETs).

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { buildScenario } from './fixture.js';

let sim: Simulator;
let octokit: ReturnType<typeof getOctokit>;

beforeAll(async () => {
  sim = await startSimulator({ scenario: buildScenario({ extraMembers: 120, extraAuditEvents: 5 }) });
  octokit = getOctokit(sim.token, { baseUrl: sim.url });
});
afterAll(() => sim.close());

describe('with @actions/github Octokit', () => {
  it('paginates REST lists through the Link header', async () => {
    const members = await octokit.paginate('GET /orgs/{org}/members', { org: 'acme', per_page: 50 });
    expect(members).toHaveLength(123);
    const audit = await octokit.paginate('GET /orgs/{org}/audit-log', {
      org: 'acme',
      phrase: 'created:>=2020-01-01',
      include: 'all',
      per_page: 2,
    });
    expect(audit).toHaveLength(8);
  });

  it('round-trips a state file whose path needs encoding', async () => {
    const path = 'state/audit history.json';
    await octokit.rest.repos.createOrUpdateFileContents({
      owner: 'acme',
      repo: 'sentinel',
      path,
      message: 'state',
      content: Buffer.from('{"n":1}').toString('base64'),
    });
    const got = await octokit.rest.repos.getContent({ owner: 'acme', repo: 'sentinel', path });
    expect(
      !Array.isArray(got.data) &&
        got.data.type === 'file' &&
        Buffer.from(got.data.content, 'base64').toString(),
    ).toBe('{"n":1}');
    const ref = await octokit.rest.git.getRef({ owner: 'acme', repo: 'sentinel', ref: 'heads/main' });
    expect(ref.data.ref).toBe('refs/heads/main');
  });

  it('answers a conditional GET with 304, which Octokit raises as status 304', async () => {
    const first = await octokit.request('GET /orgs/{org}/teams', { org: 'acme' });
    await expect(
      octokit.request('GET /orgs/{org}/teams', {
        org: 'acme',
        headers: { 'if-none-match': first.headers.etag },
      }),
    ).rejects.toMatchObject({ status: 304 });
  });

  it('serves GraphQL at GITHUB_GRAPHQL_URL and surfaces validation errors', async () => {
    const graphql = octokit.graphql.defaults({ url: sim.graphqlUrl });
    const data = await graphql<{ organization: { login: string } }>(
      'query($org: String!) { organization(login: $org) { login } }',
      { org: 'acme' },
    );
    expect(data.organization.login).toBe('acme');
    await expect(graphql('{ organization(login: "acme") { nope } }')).rejects.toThrow(
      "Field 'nope' doesn't exist on type 'Organization'",
    );
  });
});
