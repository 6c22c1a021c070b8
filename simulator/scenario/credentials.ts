// Background tokens, SSO credentials and secrets, all inside the default thresholds (short
// lifetimes, recent use, rotated within the year), and the factories planted cases reuse.
import type { SimOrgSecret, SimSecret } from '../state.js';
import { activeRepos, type Builder } from './builder.js';
import { sshKeyFor, tokenLastEight } from './ids.js';
import { secretNames } from './names.js';

const LIFETIMES = [30, 60, 90, 180, 365];

export function generatePatGrants(b: Builder, holders: string[]): void {
  const { rng } = b;
  const active = activeRepos(b);
  for (const login of holders) {
    if (!rng.chance(0.25)) continue;
    const lifetime = rng.pick(LIFETIMES);
    // Granted inside the lifetime so the token is still valid at "now".
    const grantedAgo = rng.int(1, Math.min(300, lifetime - 2));
    addPatGrant(b, login, {
      name: `${login}-automation`,
      grantedAgo,
      lifetimeDays: lifetime,
      lastUsedAgo: rng.int(0, Math.min(45, grantedAgo)),
      repos: rng.chance(0.3) ? null : rng.sample(active, rng.int(1, 3)).map((repo) => repo.name),
    });
  }
  // An expired token used long ago: the token rules must ignore it (recorded as a near-miss later).
  const owner = rng.pick(holders);
  const expired = addPatGrant(b, owner, {
    name: `${owner}-old-script`,
    grantedAgo: 400,
    lifetimeDays: 90,
    lastUsedAgo: 320,
    repos: null,
  });
  expired.token_expired = true;
}

export interface PatSpec {
  name: string;
  grantedAgo: number;
  /** null: the token never expires. */
  lifetimeDays: number | null;
  /** null: never used. */
  lastUsedAgo: number | null;
  /** null: all repositories. */
  repos: string[] | null;
}

export function addPatGrant(b: Builder, owner: string, spec: PatSpec) {
  const { clock, ids } = b;
  const expiresAgo = spec.lifetimeDays === null ? null : spec.grantedAgo - spec.lifetimeDays;
  const grant = {
    id: ids.id('pat-grant'),
    owner,
    token_id: ids.id('token'),
    token_name: spec.name,
    token_expired: expiresAgo !== null && expiresAgo >= 0,
    token_expires_at: expiresAgo === null ? null : clock.daysAgo(expiresAgo),
    token_last_used_at: spec.lastUsedAgo === null ? null : clock.daysAgo(spec.lastUsedAgo),
    access_granted_at: clock.daysAgo(spec.grantedAgo),
    repository_selection: spec.repos === null ? ('all' as const) : ('subset' as const),
    repositories: spec.repos ?? [],
    permissions: { repository: { contents: 'read', metadata: 'read', pull_requests: 'write' } },
  };
  b.org.pat_grants.push(grant);
  return grant;
}

export function generateCredentials(b: Builder, holders: string[]): void {
  const { rng } = b;
  for (const login of holders) {
    if (rng.chance(0.3)) {
      const authorizedAgo = rng.int(10, 600);
      addCredential(b, login, 'personal access token', {
        authorizedAgo,
        accessedAgo: rng.int(0, Math.min(45, authorizedAgo)),
        expiresInDays: rng.chance(0.5) ? null : rng.int(30, 300),
      });
    }
    if (rng.chance(0.25)) {
      const authorizedAgo = rng.int(10, 600);
      addCredential(b, login, 'SSH key', {
        authorizedAgo,
        accessedAgo: rng.int(0, Math.min(45, authorizedAgo)),
      });
    }
    if (rng.chance(0.05)) {
      addCredential(b, login, 'OAuth app token', {
        authorizedAgo: rng.int(10, 200),
        accessedAgo: rng.int(0, 9),
      });
    }
  }
}

export function addCredential(
  b: Builder,
  login: string,
  type: 'personal access token' | 'SSH key' | 'OAuth app token',
  spec: { authorizedAgo: number; accessedAgo: number | null; expiresInDays?: number | null },
) {
  const { clock, ids } = b;
  const credentialId = ids.id('credential');
  const isToken = type !== 'SSH key';
  const credential = {
    login,
    credential_id: credentialId,
    credential_type: type,
    credential_authorized_at: clock.daysAgo(spec.authorizedAgo),
    credential_accessed_at: spec.accessedAgo === null ? null : clock.daysAgo(spec.accessedAgo),
    authorized_credential_id: ids.id('authorized-credential'),
    authorized_credential_expires_at:
      spec.expiresInDays === undefined || spec.expiresInDays === null
        ? null
        : clock.daysAgo(-spec.expiresInDays),
    scopes:
      type === 'personal access token' ? ['repo', 'read:org'] : type === 'OAuth app token' ? ['repo'] : [],
    token_last_eight: isToken ? tokenLastEight(`${login}/${credentialId}`) : null,
    fingerprint: isToken ? null : sshKeyFor(`${login}/${credentialId}`).fingerprint,
    authorized_credential_title: type === 'SSH key' ? `${login} laptop` : null,
    authorized_credential_note: type === 'personal access token' ? 'local development' : null,
  };
  b.org.credential_authorizations.push(credential);
  return credential;
}

/** A secret last updated `updatedAgo` days ago (created some time before that). */
export function newSecret(b: Builder, name: string, updatedAgo: number): SimSecret {
  return {
    name,
    created_at: b.clock.daysAgo(updatedAgo + b.rng.int(0, 400)),
    updated_at: b.clock.daysAgo(updatedAgo + b.rng.next()),
  };
}

export function generateSecrets(b: Builder): void {
  const { rng } = b;
  const active = activeRepos(b);
  const orgCount = Math.max(5, Math.round(b.org.repos.length / 100));
  const visibilities: SimOrgSecret['visibility'][] = ['all', 'private', 'selected', 'all', 'private'];
  secretNames(rng, orgCount).forEach((name, i) => {
    const visibility = visibilities[i % visibilities.length];
    b.org.org_secrets.push({
      ...newSecret(b, `ORG_${name}`, rng.int(1, 300)),
      visibility,
      selected_repositories:
        visibility === 'selected' ? rng.sample(active, rng.int(1, 3)).map((repo) => repo.name) : [],
    });
  });
  b.org.org_dependabot_secrets.push({
    ...newSecret(b, 'DEPENDABOT_REGISTRY_TOKEN', rng.int(1, 300)),
    visibility: 'private',
    selected_repositories: [],
  });
  for (const repo of b.org.repos) {
    if (rng.chance(0.4)) {
      for (const name of secretNames(rng, rng.int(1, 3)))
        repo.secrets.push(newSecret(b, name, rng.int(1, 300)));
    }
    if (rng.chance(0.1)) repo.dependabot_secrets.push(newSecret(b, 'NPM_REGISTRY_TOKEN', rng.int(1, 300)));
    for (const environment of repo.environments) {
      for (const name of secretNames(rng, rng.int(1, 2))) {
        environment.secrets.push(newSecret(b, `${environment.name.toUpperCase()}_${name}`, rng.int(1, 300)));
      }
    }
  }
}
