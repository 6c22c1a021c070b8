// The client of a run without a token (the command line's `merge` of report files): such a run
// reads nothing on GitHub — the command line refuses a token-less merge that would (--publish,
// --repo, --enterprise) — so every request is refused here rather than sent anonymously, and a
// read nobody planned fails as that read's own error (a gap or a failure that names it).
import type { GitHubClient, Octokit } from '../github/types.js';

export const NO_TOKEN_REASON = 'no token: this run reads nothing on GitHub (give a token to read or publish)';

export function noTokenClient(): GitHubClient {
  const refuse = () => Promise.reject(new Error(NO_TOKEN_REASON));
  // Any method of `rest` (request, paginate, rest.…) answers with the refusal.
  const rest = new Proxy({}, { get: () => refuse }) as Octokit;
  return {
    rest,
    graphql: refuse,
    stats: { restRequests: 0, notModified: 0, graphqlRequests: 0, graphqlCost: 0, retries: 0 },
  };
}
