// Users in GitHub's REST shapes (`simple-user`, `public-user`, `collaborator`, `team-member`).

import type { SimOrg, SimUser } from '../state.js';
import { userByLogin } from './context.js';

export function simpleUser(base: string, user: SimUser): Record<string, unknown> {
  // Bot logins (`name[bot]`) are percent-encoded in URLs, as GitHub does.
  const segment = encodeURIComponent(user.login);
  const api = `${base}/users/${segment}`;
  return {
    login: user.login,
    id: user.id,
    node_id: user.node_id,
    name: user.name,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      user.type === 'Bot'
        ? `https://github.com/apps/${encodeURIComponent(user.login.replace(/\[bot\]$/, ''))}`
        : `https://github.com/${segment}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: user.site_admin ?? false,
    user_view_type: 'public',
  };
}

export function simpleUserByLogin(base: string, org: SimOrg, login: string): Record<string, unknown> {
  return simpleUser(base, userByLogin(org, login));
}

export function publicUser(base: string, user: SimUser, createdAt: string): Record<string, unknown> {
  return {
    ...simpleUser(base, user),
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: createdAt,
    updated_at: createdAt,
  };
}
