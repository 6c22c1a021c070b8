// The oracle for `post` runs: what docs/rule-semantics.md's offboard table says must be
// reported for a departure when revokeAccess(..., keep) left the named kinds in place.
// The inventory (what the person held before anything was revoked) is remembered when the
// scenario is generated, so the answer does not change after the test revokes access.
import type { ExpectedFinding, Scenario, SimOrg, SimSecret } from '../state.js';
import { buildAccessIndex, isWritePermission } from './access.js';
import { emailsOf } from './identity.js';
import type { Keep } from './revoke-access.js';

interface SecretRef {
  resource: string;
  /** Finds the secret as it is now (it may have been rotated or deleted since). */
  locate: (org: SimOrg) => SimSecret | undefined;
}

export interface Inventory {
  member: boolean;
  teams: string[];
  directRepos: string[];
  invitations: number[];
  /** Token ids (the `pat:` resource ids) of the tokens still reaching the organization. */
  pats: number[];
  credentials: number[];
  deployKeys: string[];
  readableSecrets: SecretRef[];
}

const remembered = new WeakMap<SimOrg, Map<string, Inventory>>();

/** Records the departures' inventories as they are now (called once the scenario is built). */
export function rememberInventories(scenario: Scenario): void {
  const inventories = new Map<string, Inventory>();
  for (const departure of scenario.departures)
    inventories.set(departure.login, inventoryOf(scenario.org, departure.login));
  remembered.set(scenario.org, inventories);
}

export function inventoryOf(org: SimOrg, login: string): Inventory {
  const owner = org.members.some((member) => member.login === login && member.role === 'admin');
  const index = buildAccessIndex(org).get(login) ?? new Map();
  const writable = new Set(
    org.repos
      .filter(
        (repo) => owner || (index.has(repo.name) && isWritePermission(index.get(repo.name)!.permission)),
      )
      .map((repo) => repo.name),
  );
  const emails = new Set(emailsOf(org, login).map((email) => email.toLowerCase()));

  const secrets: SecretRef[] = [];
  const visibilityOf = new Map(org.repos.map((repo) => [repo.name, repo.visibility]));
  const orgSecretVisible = (secret: SimOrg['org_secrets'][number]): boolean => {
    if (owner) return true;
    const reachable = [...writable];
    if (secret.visibility === 'all') return reachable.length > 0;
    // `private` org secrets reach private and internal repositories.
    if (secret.visibility === 'private') return reachable.some((repo) => visibilityOf.get(repo) !== 'public');
    return reachable.some((repo) => secret.selected_repositories.includes(repo));
  };
  for (const [list, kind] of [
    [org.org_secrets, 'org_secrets'],
    [org.org_dependabot_secrets, 'org_dependabot_secrets'],
  ] as const) {
    for (const secret of list) {
      if (orgSecretVisible(secret)) {
        secrets.push({
          resource: `secret:${org.login}/${secret.name}`,
          locate: (o) => o[kind].find((s) => s.name === secret.name),
        });
      }
    }
  }
  for (const repo of org.repos) {
    if (!writable.has(repo.name)) continue;
    for (const [list, kind] of [
      [repo.secrets, 'secrets'],
      [repo.dependabot_secrets, 'dependabot_secrets'],
    ] as const) {
      for (const secret of list) {
        secrets.push({
          resource: `secret:${org.login}/${repo.name}/${secret.name}`,
          locate: (o) =>
            o.repos.find((r) => r.name === repo.name)?.[kind].find((s) => s.name === secret.name),
        });
      }
    }
    for (const environment of repo.environments) {
      for (const secret of environment.secrets) {
        secrets.push({
          resource: `secret:${org.login}/${repo.name}/env/${environment.name}/${secret.name}`,
          locate: (o) =>
            o.repos
              .find((r) => r.name === repo.name)
              ?.environments.find((e) => e.name === environment.name)
              ?.secrets.find((s) => s.name === secret.name),
        });
      }
    }
  }
  secrets.push(
    ...secretsLastWrittenBy(org, login).filter(
      (ref) => !secrets.some((known) => known.resource === ref.resource),
    ),
  );

  return {
    member: org.members.some((member) => member.login === login),
    teams: org.teams
      .filter((team) => team.members.some((member) => member.login === login))
      .map((team) => team.slug),
    directRepos: org.repos
      .filter((repo) => repo.collaborators.some((c) => c.login === login))
      .map((repo) => repo.name),
    invitations: [
      ...org.invitations
        .filter(
          (invitation) =>
            invitation.login === login ||
            (invitation.email !== null && emails.has(invitation.email.toLowerCase())),
        )
        .map((invitation) => invitation.id),
      ...org.repos.flatMap((repo) =>
        repo.invitations
          .filter((invitation) => invitation.invitee === login)
          .map((invitation) => invitation.id),
      ),
    ],
    pats: org.pat_grants
      .filter((grant) => grant.owner === login && !grant.token_expired)
      .map((grant) => grant.token_id),
    credentials: org.credential_authorizations
      .filter((credential) => credential.login === login)
      .map((credential) => credential.credential_id),
    deployKeys: org.repos.flatMap((repo) =>
      repo.deploy_keys
        .filter((key) => key.added_by === login)
        .map((key) => `deploy-key:${org.login}/${repo.name}/${key.id}`),
    ),
    readableSecrets: secrets,
  };
}

/** Secrets whose latest create/update event in the audit log is by the login. */
function secretsLastWrittenBy(org: SimOrg, login: string): SecretRef[] {
  const lastWriter = new Map<string, { actor: string | null; ref: SecretRef }>();
  const pattern = /^(org|repo|environment)\.(create|update)_(actions|integration)_secret$/;
  for (const event of org.audit_log) {
    const match = pattern.exec(event.action);
    if (!match || typeof event.key !== 'string') continue;
    const name = event.key;
    const repo = typeof event.repo === 'string' ? event.repo.split('/')[1] : undefined;
    const kind = match[3] === 'integration' ? 'dependabot' : 'actions';
    let ref: SecretRef;
    if (match[1] === 'org') {
      ref = {
        resource: `secret:${org.login}/${name}`,
        locate: (o) =>
          (kind === 'actions' ? o.org_secrets : o.org_dependabot_secrets).find((s) => s.name === name),
      };
    } else if (match[1] === 'repo' && repo) {
      ref = {
        resource: `secret:${org.login}/${repo}/${name}`,
        locate: (o) =>
          o.repos
            .find((r) => r.name === repo)
            ?.[kind === 'actions' ? 'secrets' : 'dependabot_secrets'].find((s) => s.name === name),
      };
    } else if (match[1] === 'environment' && repo && typeof event.environment_name === 'string') {
      const environment = event.environment_name;
      ref = {
        resource: `secret:${org.login}/${repo}/env/${environment}/${name}`,
        locate: (o) =>
          o.repos
            .find((r) => r.name === repo)
            ?.environments.find((e) => e.name === environment)
            ?.secrets.find((s) => s.name === name),
      };
    } else {
      continue;
    }
    lastWriter.set(ref.resource, { actor: event.actor, ref });
  }
  return [...lastWriter.values()].filter((entry) => entry.actor === login).map((entry) => entry.ref);
}

/**
 * The offboard-mode findings a `post` run for `login` must report when revokeAccess was called
 * with `keep`. Secrets are never revoked, so `unrotated-secret` depends only on their `updated_at`;
 * the two anomaly rules read the audit log as it is when called.
 */
export function expectedLeftovers(scenario: Scenario, login: string, keep: Keep = {}): ExpectedFinding[] {
  const departure = scenario.departures.find((candidate) => candidate.login === login);
  if (!departure) throw new Error(`expectedLeftovers: ${login} is not a departure of this scenario`);
  const org = scenario.org;
  const inventory = remembered.get(org)?.get(login) ?? inventoryOf(org, login);
  const offboardedMs = Date.parse(departure.offboarded_at);
  const findings: ExpectedFinding[] = [];
  const add = (rule: string, resource: string, why: string) =>
    findings.push({ rule, subject: login, resource, mode: 'offboard', why: `${departure.kind}: ${why}` });

  if (keep['org-membership'] && inventory.member)
    add('retained-org-membership', `org:${org.login}`, 'organization membership kept');
  // Removing the organization membership removes team memberships too, as GitHub does.
  if (keep['team-membership'] && keep['org-membership']) {
    for (const slug of inventory.teams)
      add('retained-team-membership', `team:${org.login}/${slug}`, `still in team ${slug}`);
  }
  if (keep['repo-access']) {
    for (const repo of inventory.directRepos)
      add('retained-repo-access', `repo:${org.login}/${repo}`, 'direct grant kept');
  }
  if (keep.invitations) {
    for (const id of inventory.invitations)
      add('pending-invitation', `invitation:${id}`, 'invitation not cancelled');
  }
  if (keep.tokens) {
    for (const id of inventory.pats) add('retained-token', `pat:${id}`, 'fine-grained PAT grant kept');
    for (const id of inventory.credentials)
      add('retained-token', `credential:${id}`, 'SSO credential authorization kept');
  }
  if (keep['deploy-keys']) {
    for (const resource of inventory.deployKeys)
      add('retained-deploy-key', resource, 'deploy key they added kept');
  }
  for (const ref of inventory.readableSecrets) {
    const secret = ref.locate(org);
    if (secret && Date.parse(secret.updated_at) < offboardedMs)
      add('unrotated-secret', ref.resource, 'secret not rotated since offboarding');
  }
  const knownIps = new Set<string>();
  for (const event of org.audit_log) {
    if (event.actor === login && event['@timestamp'] <= offboardedMs && typeof event.actor_ip === 'string')
      knownIps.add(event.actor_ip);
  }
  for (const event of org.audit_log) {
    if (event['@timestamp'] <= offboardedMs) continue;
    if (event.actor === login)
      add('activity-after-offboarding', `event:${event._document_id}`, `${event.action} after offboarding`);
    else if (typeof event.actor_ip === 'string' && knownIps.has(event.actor_ip)) {
      add(
        'offboarded-ip-activity',
        `event:${event._document_id}`,
        `${event.action} by ${event.actor} from their IP`,
      );
    }
  }
  return findings;
}
