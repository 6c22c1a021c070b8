// What a coverage gap is about: a contract resource id and, usually, the part of it that could
// not be read (`repo:acme/api` + `deploy-keys` → `repo:acme/api/deploy-keys`). Every collector
// builds its gaps here, so the ids follow the contract (`<resource id>/<part>`, kebab-case
// parts) and never a GraphQL field name or a hand-written string. Readers decide what a gap
// hides with `covers()` (./covers.ts), never by comparing strings themselves.
import { resourceId } from '../resource-id.js';

/** The parts of a resource that are read separately, each a list the collectors ask for. */
export const GAP_PARTS = [
  // organization
  'members',
  'membership',
  'verified-emails',
  'saml-identities',
  'teams',
  'repositories',
  'outside-collaborators',
  'invitations',
  'repository-invitations',
  'contributions',
  'audit-log',
  'personal-access-tokens',
  'credential-authorizations',
  'actions-secrets',
  'dependabot-secrets',
  'deploy-keys',
  'repository-secrets',
  // repository (also `deploy-keys`, `invitations`, `contributions`, `dependabot-secrets`)
  'collaborators',
  'secrets',
  'environments',
  'visibility',
  'archived',
  'pushed-at',
  'database-id',
  'issues',
  'contents',
  // enterprise and Copilot (also `members`, `organizations`)
  'admins',
  'organizations',
  'copilot-seats',
  'scim-identities',
] as const;

export type GapPart = (typeof GAP_PARTS)[number];

export interface GapScope {
  /** The contract resource id the gap is about (`org:acme`, `repo:acme/api`, `pat:17`, …). */
  readonly resource: string;
  /** The part that could not be read; null when nothing about the resource could be read. */
  readonly part: GapPart | null;
  /** Narrows a part to one person or one name (`contributions` of `alice`, a folder of `contents`). */
  readonly of: string | null;
}

const KNOWN_PARTS: ReadonlySet<string> = new Set(GAP_PARTS);

/** The one constructor. A part outside GAP_PARTS is a programming error, not a runtime state. */
export function gapScope(resource: string, part: GapPart | null = null, of: string | null = null): GapScope {
  if (part !== null && !KNOWN_PARTS.has(part)) throw new Error(`unknown gap part "${String(part)}"`);
  if (of !== null && part === null) throw new Error('a gap narrowed by "of" needs a part');
  return { resource, part, of };
}

/** The gap's identifier in reports: `<resource id>[/<part>[/<of>]]`. */
export function gapId(scope: GapScope): string {
  return [scope.resource, scope.part, scope.of].filter((x) => x !== null).join('/');
}

/** Shorthands for the scopes collectors use, all through `gapScope`. */
export const gaps = {
  organization: (org: string, part: GapPart | null = null, of: string | null = null) =>
    gapScope(resourceId.organization(org), part, of),
  repository: (repo: string, part: GapPart | null = null) => gapScope(resourceId.repository(repo), part),
  environment: (repo: string, environment: string, part: GapPart) =>
    gapScope(resourceId.environment(repo, environment), part),
  team: (org: string, slug: string, part: GapPart | null = null) => gapScope(resourceId.team(org, slug), part),
  enterprise: (slug: string, part: GapPart | null = null) => gapScope(resourceId.enterprise(slug), part),
  /** A part of one fine-grained PAT grant (its repository list), by the token id. */
  pat: (tokenId: number, part: GapPart) => gapScope(resourceId.pat(tokenId), part),
  /** A part of one organization secret (its selected repositories). */
  organizationSecret: (org: string, name: string, part: GapPart) =>
    gapScope(`secret:${org}/${name}`, part),
};

/**
 * GraphQL field (as in an error's `path`) → the part it reads and the permission that fixes a
 * denial. Fields not listed are the node's identity: without them the node cannot be named.
 */
export const REPOSITORY_FIELD_PARTS: Readonly<Record<string, { part: GapPart; permission: string }>> = {
  deployKeys: { part: 'deploy-keys', permission: 'the token needs the repository Administration read permission' },
  environments: {
    part: 'environments',
    permission: 'the token needs the repository Actions read permission (environments)',
  },
  collaborators: {
    part: 'collaborators',
    permission: 'the token needs the repository Metadata read and organization Members read permissions',
  },
  visibility: { part: 'visibility', permission: 'the token needs the repository Metadata read permission' },
  isArchived: { part: 'archived', permission: 'the token needs the repository Metadata read permission' },
  pushedAt: { part: 'pushed-at', permission: 'the token needs the repository Metadata read permission' },
  databaseId: { part: 'database-id', permission: 'the token needs the repository Metadata read permission' },
};

/** A team's connections, by GraphQL field. */
export const TEAM_FIELD_PARTS: Readonly<Record<string, GapPart>> = {
  members: 'members',
  repositories: 'repositories',
};
