// Repositories in GitHub's REST shapes (`minimal-repository`, `full-repository`) and the
// organization itself (`organization-full`, `organization-simple`).

import type { SimOrg, SimRepo, SimRepoPermission } from '../state.js';
import { simpleUser } from './map-user.js';

/** The `*_url` fields every repository shape carries, as GitHub spells them. */
const REPO_URL_TEMPLATES: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

export function orgAsOwner(org: SimOrg): {
  login: string;
  id: number;
  node_id: string;
  name: string;
  type: 'User';
} {
  // An org is rendered with the `simple-user` shape as a repository owner; its type is 'Organization'.
  return { login: org.login, id: org.id, node_id: org.node_id, name: org.name, type: 'User' };
}

function ownerOf(base: string, org: SimOrg): Record<string, unknown> {
  return { ...simpleUser(base, orgAsOwner(org)), type: 'Organization', url: `${base}/users/${org.login}` };
}

export function permissionsFor(permission: SimRepoPermission): Record<string, boolean> {
  const order: SimRepoPermission[] = ['pull', 'triage', 'push', 'maintain', 'admin'];
  const level = order.indexOf(permission);
  return Object.fromEntries(order.map((p, i) => [p, i <= level]));
}

export function minimalRepository(base: string, org: SimOrg, repo: SimRepo): Record<string, unknown> {
  const fullName = `${org.login}/${repo.name}`;
  const api = `${base}/repos/${fullName}`;
  const urls = Object.fromEntries(Object.entries(REPO_URL_TEMPLATES).map(([k, v]) => [k, `${api}${v}`]));
  return {
    id: repo.id,
    node_id: repo.node_id,
    name: repo.name,
    full_name: fullName,
    owner: ownerOf(base, org),
    private: repo.visibility !== 'public',
    visibility: repo.visibility,
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork: repo.fork,
    url: api,
    ...urls,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `https://github.com/${fullName}.git`,
    svn_url: `https://github.com/${fullName}`,
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: repo.default_branch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: repo.archived,
    disabled: false,
    pushed_at: repo.pushed_at,
    created_at: repo.created_at,
    updated_at: repo.updated_at,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  };
}

export function fullRepository(base: string, org: SimOrg, repo: SimRepo): Record<string, unknown> {
  return {
    ...minimalRepository(base, org, repo),
    organization: ownerOf(base, org),
    network_count: 0,
    subscribers_count: 0,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

export function organizationSimple(base: string, org: SimOrg): Record<string, unknown> {
  const api = `${base}/orgs/${org.login}`;
  return {
    login: org.login,
    id: org.id,
    node_id: org.node_id,
    url: api,
    repos_url: `${api}/repos`,
    events_url: `${api}/events`,
    hooks_url: `${api}/hooks`,
    issues_url: `${api}/issues`,
    members_url: `${api}/members{/member}`,
    public_members_url: `${api}/public_members{/member}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${org.id}?v=4`,
    description: null,
  };
}

export function organizationFull(base: string, org: SimOrg): Record<string, unknown> {
  const publicRepos = org.repos.filter((r) => r.visibility === 'public').length;
  const created = org.repos.reduce((min, r) => (r.created_at < min ? r.created_at : min), org.now);
  return {
    ...organizationSimple(base, org),
    name: org.name,
    html_url: `https://github.com/${org.login}`,
    has_organization_projects: true,
    has_repository_projects: true,
    public_repos: publicRepos,
    public_gists: 0,
    followers: 0,
    following: 0,
    type: 'Organization',
    created_at: created,
    updated_at: org.now,
    archived_at: null,
    two_factor_requirement_enabled: org.members.every((m) => m.two_factor_enabled),
    default_repository_permission: org.default_repository_permission,
    total_private_repos: org.repos.length - publicRepos,
    owned_private_repos: org.repos.length - publicRepos,
    plan: {
      name: org.enterprise_cloud ? 'enterprise' : 'team',
      space: 976562499,
      private_repos: 999999,
      filled_seats: org.members.length,
      seats: org.members.length,
    },
  };
}
