// Whether a login given as a subject is a GitHub account at all. A login is otherwise taken as
// given (the person may already be gone from the organization), so without this check a typo,
// or a hundred made-up names, would each get an inventory and a tracking issue.
import { classifyError, describeError } from '../github/errors.js';
import type { GitHubClient } from '../github/types.js';

export type AccountLookup =
  /** GitHub's spelling of the login. */
  | { found: true; login: string; type: string | null }
  | { found: false; reason: string };

export async function findAccount(client: GitHubClient, login: string): Promise<AccountLookup> {
  try {
    const response = await client.rest.request('GET /users/{username}', { username: login });
    const data = response.data as { login?: unknown; type?: unknown };
    return {
      found: true,
      login: typeof data.login === 'string' ? data.login : login,
      type: typeof data.type === 'string' ? data.type : null,
    };
  } catch (error) {
    if (classifyError(error).kind === 'not-found') {
      return { found: false, reason: `no GitHub account has the login ${login}; check the spelling (nothing was inventoried and no tracking issue was opened)` };
    }
    return { found: false, reason: `could not check that the account ${login} exists (${describeError(error)}); it is retried on the next run` };
  }
}

/**
 * The login of the token's own account, or null when GitHub does not say (an installation
 * token may not read `/user`; its account is a `[bot]`, which remediation refuses anyway).
 */
export async function tokenIdentity(client: GitHubClient): Promise<string | null> {
  try {
    const response = await client.rest.request('GET /user');
    const login = (response.data as { login?: unknown }).login;
    return typeof login === 'string' ? login : null;
  } catch {
    return null;
  }
}
