// Repository-level reads: the repo, collaborators (by affiliation), teams, invitations,
// deploy keys, Actions/Dependabot secrets, environments and their secrets.

import type { SimSecret } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { notFound, requireRepo } from './context.js';
import { repoAccess } from './access.js';
import { paginate } from './pagination.js';
import { fullRepository, minimalRepository, permissionsFor } from './map-repository.js';
import { simpleUserByLogin } from './map-user.js';
import { teamShape } from './org-reads.js';

const ROLE_NAMES: Record<string, string> = {
  pull: 'read',
  triage: 'triage',
  push: 'write',
  maintain: 'maintain',
  admin: 'admin',
};

function secretsPage(req: RestRequest, secrets: SimSecret[]) {
  const page = paginate(req, secrets);
  return {
    status: 200,
    body: {
      total_count: secrets.length,
      secrets: page.items.map((s) => ({ name: s.name, created_at: s.created_at, updated_at: s.updated_at })),
    },
    headers: page.headers,
  };
}

const getRepo: RestHandler = (req) => ({
  status: 200,
  body: fullRepository(req.baseUrl, req.org, requireRepo(req)),
});

const listCollaborators: RestHandler = (req) => {
  const repo = requireRepo(req);
  const affiliation = req.query.get('affiliation') ?? 'all';
  const wanted = req.query.get('permission');
  const access = repoAccess(req.org, repo, affiliation !== 'all').filter((a) => {
    if (affiliation === 'outside') return a.outside && a.direct;
    if (affiliation === 'direct') return a.direct;
    return true;
  });
  const filtered = wanted ? access.filter((a) => permissionsFor(a.permission)[wanted]) : access;
  const page = paginate(req, filtered);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((a) => ({
      ...simpleUserByLogin(req.baseUrl, req.org, a.login),
      permissions: permissionsFor(a.permission),
      role_name: ROLE_NAMES[a.permission],
    })),
  };
};

const listRepoTeams: RestHandler = (req) => {
  const repo = requireRepo(req);
  const teams = req.org.teams.filter((t) => t.repos.some((g) => g.repo === repo.name));
  const page = paginate(req, teams);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((t) => ({
      ...teamShape(req.baseUrl, req.org, t),
      permission: t.repos.find((g) => g.repo === repo.name)!.permission,
    })),
  };
};

const listRepoInvitations: RestHandler = (req) => {
  const repo = requireRepo(req);
  const page = paginate(req, repo.invitations);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((inv) => ({
      id: inv.id,
      node_id: inv.node_id,
      repository: minimalRepository(req.baseUrl, req.org, repo),
      invitee: simpleUserByLogin(req.baseUrl, req.org, inv.invitee),
      inviter: simpleUserByLogin(req.baseUrl, req.org, inv.inviter),
      permissions: inv.permissions,
      created_at: inv.created_at,
      expired: inv.expired,
      url: `${req.baseUrl}/user/repository_invitations/${inv.id}`,
      html_url: `https://github.com/${req.org.login}/${repo.name}/invitations`,
    })),
  };
};

const listDeployKeys: RestHandler = (req) => {
  const repo = requireRepo(req);
  const page = paginate(req, repo.deploy_keys);
  return {
    status: 200,
    headers: page.headers,
    body: page.items.map((k) => ({
      id: k.id,
      key: k.key,
      url: `${req.baseUrl}/repos/${req.org.login}/${repo.name}/keys/${k.id}`,
      title: k.title,
      verified: k.verified,
      created_at: k.created_at,
      read_only: k.read_only,
      added_by: k.added_by,
      last_used: k.last_used,
      enabled: k.enabled,
    })),
  };
};

const listRepoSecrets: RestHandler = (req) => secretsPage(req, requireRepo(req).secrets);
const listRepoDependabotSecrets: RestHandler = (req) => secretsPage(req, requireRepo(req).dependabot_secrets);

const listEnvironments: RestHandler = (req) => {
  const repo = requireRepo(req);
  const page = paginate(req, repo.environments);
  return {
    status: 200,
    headers: page.headers,
    body: {
      total_count: repo.environments.length,
      environments: page.items.map((e) => ({
        id: e.id,
        node_id: `EN_sim${e.id}`,
        name: e.name,
        url: `${req.baseUrl}/repos/${req.org.login}/${repo.name}/environments/${encodeURIComponent(e.name)}`,
        html_url: `https://github.com/${req.org.login}/${repo.name}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
        created_at: e.created_at,
        updated_at: e.updated_at,
        protection_rules: [],
        deployment_branch_policy: null,
      })),
    },
  };
};

const listEnvironmentSecrets: RestHandler = (req) => {
  const repo = requireRepo(req);
  const env = repo.environments.find((e) => e.name === req.params.environment_name);
  if (!env) throw notFound();
  return secretsPage(req, env.secrets);
};

export const repoReadRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}': getRepo,
  'GET /repos/{owner}/{repo}/collaborators': listCollaborators,
  'GET /repos/{owner}/{repo}/teams': listRepoTeams,
  'GET /repos/{owner}/{repo}/invitations': listRepoInvitations,
  'GET /repos/{owner}/{repo}/keys': listDeployKeys,
  'GET /repos/{owner}/{repo}/actions/secrets': listRepoSecrets,
  'GET /repos/{owner}/{repo}/dependabot/secrets': listRepoDependabotSecrets,
  'GET /repos/{owner}/{repo}/environments': listEnvironments,
  'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets': listEnvironmentSecrets,
};
