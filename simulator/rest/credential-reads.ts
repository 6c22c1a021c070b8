// Org-level credential reads: org Actions/Dependabot secrets (and the repos a `selected`
// secret reaches), fine-grained PAT grants, and SAML SSO credential authorizations.

import type { SimCredentialAuthorization, SimOrg, SimOrgSecret, SimPatGrant } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { notFound, requireOrg, sameLogin } from './context.js';
import { paginate } from './pagination.js';
import { minimalRepository } from './map-repository.js';
import { simpleUserByLogin } from './map-user.js';

function orgSecretsPage(req: RestRequest, secrets: SimOrgSecret[], kind: 'actions' | 'dependabot') {
  const page = paginate(req, secrets);
  return {
    status: 200,
    headers: page.headers,
    body: {
      total_count: secrets.length,
      secrets: page.items.map((s) => ({
        name: s.name,
        created_at: s.created_at,
        updated_at: s.updated_at,
        visibility: s.visibility,
        ...(s.visibility === 'selected'
          ? {
              selected_repositories_url: `${req.baseUrl}/orgs/${req.org.login}/${kind}/secrets/${s.name}/repositories`,
            }
          : {}),
      })),
    },
  };
}

const listOrgSecrets: RestHandler = (req) => orgSecretsPage(req, requireOrg(req).org_secrets, 'actions');
const listOrgDependabotSecrets: RestHandler = (req) =>
  orgSecretsPage(req, requireOrg(req).org_dependabot_secrets, 'dependabot');

const listSecretRepos: RestHandler = (req) => {
  const org = requireOrg(req);
  const secret = org.org_secrets.find((s) => s.name === req.params.secret_name);
  if (!secret) throw notFound();
  const selected = new Set(secret.selected_repositories);
  const repos = org.repos.filter((r) => selected.has(r.name));
  const page = paginate(req, repos);
  return {
    status: 200,
    headers: page.headers,
    body: {
      total_count: repos.length,
      repositories: page.items.map((r) => minimalRepository(req.baseUrl, org, r)),
    },
  };
};

function patGrantShape(req: RestRequest, org: SimOrg, g: SimPatGrant): Record<string, unknown> {
  return {
    id: g.id,
    owner: simpleUserByLogin(req.baseUrl, org, g.owner),
    repository_selection: g.repository_selection,
    repositories_url: `${req.baseUrl}/orgs/${org.login}/personal-access-tokens/${g.id}/repositories`,
    permissions: g.permissions,
    access_granted_at: g.access_granted_at,
    token_id: g.token_id,
    token_name: g.token_name,
    token_expired: g.token_expired,
    token_expires_at: g.token_expires_at,
    token_last_used_at: g.token_last_used_at,
  };
}

const listPatGrants: RestHandler = (req) => {
  const org = requireOrg(req);
  // Clients send arrays as repeated `owner[]=` or as one comma-joined value; accept both.
  const listParam = (name: string) =>
    [...req.query.getAll(`${name}[]`), ...req.query.getAll(name)]
      .flatMap((v) => v.split(','))
      .filter(Boolean);
  const owners = listParam('owner');
  const before = req.query.get('last_used_before');
  const after = req.query.get('last_used_after');
  const tokenIds = listParam('token_id').map(Number);
  const grants = org.pat_grants.filter((g) => {
    if (owners.length && !owners.some((o) => sameLogin(o, g.owner))) return false;
    if (tokenIds.length && !tokenIds.includes(g.token_id)) return false;
    // A never-used token has no last-use time, so neither date filter can match it.
    if (before && (!g.token_last_used_at || Date.parse(g.token_last_used_at) >= Date.parse(before)))
      return false;
    if (after && (!g.token_last_used_at || Date.parse(g.token_last_used_at) <= Date.parse(after)))
      return false;
    return true;
  });
  // `sort=created_at` is the only sort; `direction` defaults to desc.
  const dir = req.query.get('direction') === 'asc' ? 1 : -1;
  const sorted = [...grants].sort(
    (a, b) => dir * (Date.parse(a.access_granted_at) - Date.parse(b.access_granted_at)) || a.id - b.id,
  );
  const page = paginate(req, sorted);
  return { status: 200, headers: page.headers, body: page.items.map((g) => patGrantShape(req, org, g)) };
};

const listPatRepos: RestHandler = (req) => {
  const org = requireOrg(req);
  const grant = org.pat_grants.find((g) => String(g.id) === req.params.pat_id);
  if (!grant) throw notFound();
  const repos =
    grant.repository_selection === 'all'
      ? org.repos
      : grant.repository_selection === 'subset'
        ? ((chosen) => org.repos.filter((r) => chosen.has(r.name)))(new Set(grant.repositories))
        : [];
  const page = paginate(req, repos);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((r) => minimalRepository(req.baseUrl, org, r)),
  };
};

/** GitHub omits `token_last_eight` / `fingerprint` for credentials they do not apply to (the schema has no null for them). */
function credentialShape(c: SimCredentialAuthorization): Record<string, unknown> {
  const { token_last_eight, fingerprint, ...rest } = c;
  return {
    ...rest,
    ...(token_last_eight !== null ? { token_last_eight } : {}),
    ...(fingerprint !== null ? { fingerprint } : {}),
  };
}

const listCredentialAuthorizations: RestHandler = (req) => {
  const org = requireOrg(req);
  // GHEC-only, and only for orgs that use SAML single sign-on.
  if (!org.enterprise_cloud || !org.saml_sso) throw notFound();
  const login = req.query.get('login');
  const list = org.credential_authorizations.filter((c) => !login || sameLogin(c.login, login));
  const page = paginate(req, list);
  return { status: 200, headers: page.headers, body: page.items.map(credentialShape) };
};

export const credentialReadRoutes: Record<string, RestHandler> = {
  'GET /orgs/{org}/actions/secrets': listOrgSecrets,
  'GET /orgs/{org}/actions/secrets/{secret_name}/repositories': listSecretRepos,
  'GET /orgs/{org}/dependabot/secrets': listOrgDependabotSecrets,
  'GET /orgs/{org}/personal-access-tokens': listPatGrants,
  'GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories': listPatRepos,
  'GET /orgs/{org}/credential-authorizations': listCredentialAuthorizations,
};
