// The generated demo organization, crawled through every implemented list route (all pages)
// and one large GraphQL query: every response must validate against GitHub's descriptions.

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSimulator, type Simulator } from '../../../simulator/index.js';
import { generateScenario } from '../../../simulator/scenario/index.js';
import { graphql, links } from './http.js';

let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ scenario: generateScenario({ seed: 1, size: 'demo' }) });
});
afterAll(() => sim.close());

async function crawl(path: string): Promise<number> {
  let url: string | undefined = `${sim.url}${path}`;
  let pages = 0;
  while (url) {
    const r = await fetch(url, { headers: { authorization: `token ${sim.token}` } });
    expect({ url, status: r.status }).toEqual({ url, status: 200 });
    await r.text();
    url = links(r.headers.get('link')).next;
    pages += 1;
  }
  return pages;
}

describe('generated demo scenario', () => {
  it('serves every REST read for every org object with schema-valid bodies', async () => {
    const org = sim.scenario.org;
    const o = org.login;
    const paths = [
      '',
      '/members',
      '/outside_collaborators',
      '/invitations',
      '/failed_invitations',
      '/teams',
      '/repos',
      '/actions/secrets',
      '/dependabot/secrets',
      '/personal-access-tokens',
      '/credential-authorizations',
      '/audit-log?phrase=created:>=2000-01-01&include=all',
    ].map((p) => `/orgs/${o}${p}`);
    paths.push(...org.members.map((m) => `/orgs/${o}/memberships/${encodeURIComponent(m.login)}`));
    paths.push(...org.users.map((u) => `/users/${encodeURIComponent(u.login)}`));
    paths.push(
      ...org.teams.flatMap((t) => [`/orgs/${o}/teams/${t.slug}/members`, `/orgs/${o}/teams/${t.slug}/repos`]),
    );
    paths.push(
      ...org.org_secrets
        .filter((s) => s.visibility === 'selected')
        .map((s) => `/orgs/${o}/actions/secrets/${s.name}/repositories`),
    );
    paths.push(...org.pat_grants.map((g) => `/orgs/${o}/personal-access-tokens/${g.id}/repositories`));
    for (const r of org.repos) {
      paths.push(
        ...[
          '',
          '/collaborators',
          '/teams',
          '/invitations',
          '/keys',
          '/actions/secrets',
          '/dependabot/secrets',
          '/environments',
        ].map((p) => `/repos/${o}/${r.name}${p}`),
      );
      paths.push(
        ...r.environments.map(
          (e) => `/repos/${o}/${r.name}/environments/${encodeURIComponent(e.name)}/secrets`,
        ),
      );
    }
    for (const p of paths) await crawl(p);
    expect(sim.log.filter((e) => e.error)).toEqual([]);
    expect(sim.log.length).toBeGreaterThanOrEqual(paths.length);
  });

  it('answers the audit query shape over the generated org', async () => {
    const org = sim.scenario.org;
    const r = await graphql(
      sim,
      `
        query ($org: String!, $id: ID!) {
          organization(login: $org) {
            membersWithRole(first: 100) {
              totalCount
              edges {
                role
                node {
                  login
                  contributionsCollection(organizationID: $id) {
                    hasAnyContributions
                  }
                }
              }
            }
            teams(first: 100) {
              nodes {
                slug
                members(first: 100) {
                  edges {
                    role
                    node {
                      login
                    }
                  }
                }
                repositories(first: 100) {
                  edges {
                    permission
                    node {
                      nameWithOwner
                    }
                  }
                }
              }
            }
            repositories(first: 100) {
              totalCount
              nodes {
                nameWithOwner
                collaborators(first: 100, affiliation: DIRECT) {
                  edges {
                    permission
                    node {
                      login
                    }
                  }
                }
                deployKeys(first: 1) {
                  totalCount
                }
              }
            }
          }
        }
      `,
      { org: org.login, id: org.node_id },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.organization.membersWithRole.totalCount).toBe(org.members.length);
    expect(r.body.data.organization.repositories.totalCount).toBe(org.repos.length);
  });
});
