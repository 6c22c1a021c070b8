// Everything one person holds in the organization, read from a (subject-scoped) snapshot.
// The pre phase records it in the tracking issue; the post phase builds it again from a fresh
// snapshot to see what is still held.
import { permissionAtLeast, type Person, type Secret, type Snapshot } from '../model.js';
import { sameLogin } from '../identity.js';
import { resourceId } from '../resource-id.js';
import { knownIpsOf } from '../rules/offboarded-ip-activity.js';
import { enterpriseItems } from './enterprise-items.js';
import type { Inventory, InventoryItem } from './types.js';

/** Re-exported for the offboarding modules; the comparison itself lives in src/identity.ts. */
export { sameLogin };

export function findPerson(snapshot: Snapshot, login: string): Person | undefined {
  return snapshot.people.find((person) => sameLogin(person.login, login));
}

/** Every e-mail an invitation to this person could have been sent to. */
export function personEmails(person: Person | undefined): string[] {
  if (!person) return [];
  const saml = person.samlIdentity;
  const emails = [...(saml?.emails ?? []), ...person.verifiedEmails];
  if (saml?.nameId?.includes('@')) emails.push(saml.nameId);
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))];
}

const SECRET_WRITE = /^(org|repo|environment)\.(create|update)_(actions|integration)_secret$/;

/**
 * The contract resource id a secret-write audit event is about (`key` is the secret's name,
 * `environment_name` the environment), or null when the event does not say enough.
 */
export function secretResourceFromEvent(
  organization: string,
  event: { action: string; repo: string | null; fields: Record<string, unknown> },
): string | null {
  const match = SECRET_WRITE.exec(event.action);
  const name = event.fields.key;
  if (!match || typeof name !== 'string') return null;
  if (match[1] === 'org') return `secret:${organization}/${name}`;
  if (!event.repo) return null;
  if (match[1] === 'repo') return `secret:${event.repo}/${name}`;
  const environment = event.fields.environment_name ?? event.fields.environment;
  return typeof environment === 'string' ? `secret:${event.repo}/env/${environment}/${name}` : null;
}

function secretItem(organization: string, secret: Secret, reason: string): InventoryItem {
  const where =
    secret.scope === 'organization'
      ? `organization ${organization}`
      : secret.scope === 'repository'
        ? secret.repo
        : `${secret.repo} environment ${secret.environment}`;
  return {
    kind: 'secret',
    resource: resourceId.secret(organization, secret),
    label: `${secret.kind === 'dependabot' ? 'Dependabot' : 'Actions'} secret ${secret.name} (${where})`,
    detail: {
      scope: secret.scope,
      name: secret.name,
      repo: secret.scope === 'organization' ? null : secret.repo,
      environment: secret.scope === 'environment' ? secret.environment : null,
      updatedAt: secret.updatedAt,
      reason,
    },
  };
}

/**
 * Secrets readable from a set of repositories the person could write (a workflow they push can
 * print any secret the repository sees). An owner can read every organization secret.
 */
export function readableSecrets(
  snapshot: Snapshot,
  writableRepos: ReadonlySet<string>,
  owner: boolean,
): InventoryItem[] {
  const org = snapshot.organization;
  const visibilityOf = new Map(
    snapshot.repositories.map((repo) => [repo.nameWithOwner.toLowerCase(), repo.visibility]),
  );
  const writable = [...writableRepos].map((repo) => repo.toLowerCase());
  const items: InventoryItem[] = [];
  for (const secret of snapshot.secrets) {
    if (secret.scope !== 'organization') {
      if (writable.includes(secret.repo.toLowerCase())) {
        items.push(secretItem(org, secret, `could write ${secret.repo}`));
      }
      continue;
    }
    if (owner) {
      items.push(secretItem(org, secret, 'organization owner'));
      continue;
    }
    let via: string | undefined;
    if (secret.visibility === 'all') via = writable[0];
    else if (secret.visibility === 'private') {
      // A repository whose visibility was not read is counted: not knowing is not "public".
      via = writable.find((repo) => visibilityOf.get(repo) !== 'public');
    } else if (secret.selectedRepositories === null) {
      // The selected list was not read: assume the worst rather than miss a secret to rotate.
      via = writable.length > 0 ? 'selected repositories (not read)' : undefined;
    } else {
      const selected = new Set(secret.selectedRepositories.map((repo) => repo.toLowerCase()));
      via = writable.find((repo) => selected.has(repo));
    }
    if (via) items.push(secretItem(org, secret, `visible to ${via}`));
  }
  return items;
}

/** Secrets the person created or updated, per the audit log, that still exist. */
export function writtenSecrets(snapshot: Snapshot, login: string): InventoryItem[] {
  const byResource = new Map(
    snapshot.secrets.map((secret) => [resourceId.secret(snapshot.organization, secret), secret]),
  );
  const items: InventoryItem[] = [];
  for (const event of snapshot.auditEvents) {
    if (!sameLogin(event.actor, login)) continue;
    const resource = secretResourceFromEvent(snapshot.organization, event);
    const secret = resource ? byResource.get(resource) : undefined;
    if (secret)
      items.push(secretItem(snapshot.organization, secret, `last written by ${login} at ${event.at}`));
  }
  return items;
}

function dedupe(items: InventoryItem[]): InventoryItem[] {
  const seen = new Map<string, InventoryItem>();
  for (const item of items) if (!seen.has(item.resource)) seen.set(item.resource, item);
  return [...seen.values()];
}

/**
 * Everything `login` holds in `snapshot`. Expired tokens are listed (marked) so nothing is
 * hidden. `emails` adds addresses known from elsewhere (the e-mail the subject was given as,
 * or those recorded at `pre`) for recognising invitations.
 */
export function buildInventory(
  snapshot: Snapshot,
  login: string,
  offboardedAt: string,
  options: { emails?: readonly string[] } = {},
): Inventory {
  const org = snapshot.organization;
  const person = findPerson(snapshot, login);
  const items: InventoryItem[] = [];

  if (person?.orgRole) {
    items.push({
      kind: 'org-membership',
      resource: resourceId.organization(org),
      label: `${person.orgRole === 'owner' ? 'Owner' : 'Member'} of ${org}`,
      detail: { role: person.orgRole },
    });
  }
  for (const team of snapshot.teams) {
    const membership = team.members.find((member) => sameLogin(member.login, login));
    if (!membership) continue;
    items.push({
      kind: 'team-membership',
      resource: resourceId.team(org, team.slug),
      label: `Team ${team.name} (${team.slug}), ${membership.role}`,
      detail: { team: team.slug, role: membership.role },
    });
  }
  const writable = new Set<string>();
  for (const grant of snapshot.grants) {
    if (!sameLogin(grant.login, login)) continue;
    if (permissionAtLeast(grant.permission, 'write')) writable.add(grant.repo);
    const direct = grant.sources.some((source) => source.kind === 'direct');
    if (!direct && !grant.outsideCollaborator) continue; // team and base grants: see team / membership
    items.push({
      kind: 'repo-access',
      resource: resourceId.repository(grant.repo),
      label: `${grant.repo}: ${grant.permission}${grant.outsideCollaborator ? ' (outside collaborator)' : ''}`,
      detail: {
        repo: grant.repo,
        permission: grant.permission,
        outsideCollaborator: grant.outsideCollaborator,
      },
    });
  }
  // Owners administer every repository, whether or not the grants list says so.
  const owner = person?.orgRole === 'owner';
  if (owner) for (const repo of snapshot.repositories) writable.add(repo.nameWithOwner);

  const emails = [
    ...new Set([...personEmails(person), ...(options.emails ?? []).map((e) => e.trim().toLowerCase())]),
  ];
  for (const invitation of snapshot.invitations) {
    const forLogin = sameLogin(invitation.login, login);
    const forEmail = invitation.email !== null && emails.includes(invitation.email.trim().toLowerCase());
    if (!forLogin && !forEmail) continue;
    items.push({
      kind: 'invitation',
      resource: resourceId.invitation(invitation.id),
      label: `Invitation to ${invitation.target}${forLogin ? '' : ` sent to ${invitation.email ?? ''}`}`,
      detail: {
        invitationId: invitation.id,
        invitationKind: invitation.kind,
        target: invitation.target,
        email: invitation.email,
        createdAt: invitation.createdAt,
      },
    });
  }
  for (const pat of snapshot.patGrants) {
    if (!sameLogin(pat.owner, login)) continue;
    items.push({
      kind: 'pat',
      resource: resourceId.pat(pat.tokenId),
      label: `Fine-grained PAT "${pat.tokenName}"${pat.tokenExpired ? ' (expired)' : ''}`,
      detail: {
        grantId: pat.id,
        tokenId: pat.tokenId,
        expired: pat.tokenExpired,
        expiresAt: pat.expiresAt,
        lastUsedAt: pat.lastUsedAt,
      },
    });
  }
  for (const credential of snapshot.credentialAuthorizations) {
    if (!sameLogin(credential.login, login)) continue;
    const name =
      credential.title ??
      (credential.tokenLastEight ? `…${credential.tokenLastEight}` : credential.fingerprint);
    items.push({
      kind: 'credential',
      resource: resourceId.credential(credential.id),
      label: `SSO-authorized ${credential.type}${name ? ` ${name}` : ''}`,
      detail: {
        credentialId: credential.id,
        type: credential.type,
        authorizedAt: credential.authorizedAt,
        accessedAt: credential.accessedAt,
      },
    });
  }
  for (const key of snapshot.deployKeys) {
    if (!sameLogin(key.addedBy, login)) continue;
    items.push({
      kind: 'deploy-key',
      resource: resourceId.deployKey(key.repo, key.id),
      label: `Deploy key "${key.title}" on ${key.repo}${key.readOnly ? '' : ' (write)'}`,
      detail: { repo: key.repo, keyId: key.id, readOnly: key.readOnly, lastUsedAt: key.lastUsedAt },
    });
  }
  items.push(...readableSecrets(snapshot, writable, owner), ...writtenSecrets(snapshot, login));
  items.push(...enterpriseItems(snapshot, login));

  return {
    subject: person?.login ?? login,
    organization: org,
    offboardedAt,
    source: 'snapshot',
    builtAt: snapshot.collectedAt,
    items: dedupe(items),
    emails,
    knownIps: [...knownIpsOf({ login, offboardedAt }, snapshot.auditEvents)].sort(),
    gaps: snapshot.coverage.map((gap) => ({ resource: gap.resource, reason: gap.reason })),
    limits: [],
  };
}
