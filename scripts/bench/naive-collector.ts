// The baseline the benchmark compares against: how most audit scripts read an organization —
// REST only, list repositories and members, then one call per repository per resource kind
// (collaborators, teams, deploy keys, secrets, invitations, environments), every list paged.
import { mapWithConcurrency } from '../../src/github/concurrency.js';
import type { GitHubClient } from '../../src/github/types.js';

const PER_REPO_ROUTES = [
  'GET /repos/{owner}/{repo}/collaborators',
  'GET /repos/{owner}/{repo}/teams',
  'GET /repos/{owner}/{repo}/keys',
  'GET /repos/{owner}/{repo}/actions/secrets',
  'GET /repos/{owner}/{repo}/invitations',
  'GET /repos/{owner}/{repo}/environments',
] as const;

export interface NaiveResult {
  repositories: number;
  /** Repositories whose per-repository calls were made (all, or a sample). */
  sampled: number;
  members: number;
  failures: number;
  /** Requests for the listings and for the sampled repositories. */
  listingRequests: number;
  perRepositoryRequests: number;
}

/** `sample` limits the per-repository calls to the first N repositories (the caller scales). */
export async function naiveCollect(
  client: GitHubClient,
  org: string,
  sample = Infinity,
  concurrency = 8,
): Promise<NaiveResult> {
  const paginate = client.rest.paginate as unknown as (
    route: string,
    params: Record<string, unknown>,
  ) => Promise<Record<string, unknown>[]>;
  const repos = await paginate('GET /orgs/{org}/repos', { org, per_page: 100 });
  const members = await paginate('GET /orgs/{org}/members', { org, per_page: 100 });
  const listingRequests = client.stats.restRequests;
  let failures = 0;
  const sampled = repos.slice(0, Math.min(sample, repos.length));
  const jobs = sampled.flatMap((repo) =>
    PER_REPO_ROUTES.map((route) => ({ route, name: String(repo.name) })),
  );
  await mapWithConcurrency(jobs, concurrency, async ({ route, name }) => {
    try {
      await paginate(route, { owner: org, repo: name, per_page: 100 });
    } catch {
      failures += 1;
    }
  });
  return {
    repositories: repos.length,
    sampled: sampled.length,
    members: members.length,
    failures,
    listingRequests,
    perRepositoryRequests: client.stats.restRequests - listingRequests,
  };
}
