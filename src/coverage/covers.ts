// Whether a coverage gap hides an item: the one answer that verification (could not check, not
// revoked), the rules (silent, not clean), issue closing and the history diff (unknown, not
// resolved) and drift all use. An item depends on the lists it is read from (DEPENDS_ON); a gap
// hides it when the gap names one of those lists or anything above it (`org:acme` hides all,
// `repo:acme/api` hides `repo:acme/api/deploy-keys`). What an item does not know about itself
// (the repository of a finding read back from history, the organization of a `pat:` id) is a
// wildcard: any repository's list of that kind, any organization's, hides it — erring towards
// "could not check" never ticks anything wrongly.
import type { CoverageGap } from '../model.js';
import type { InventoryKind } from '../offboarding/types.js';
import { resourceId } from '../resource-id.js';
import { gapId, gaps, type GapPart } from './gap-scope.js';

/** Kinds of item whose presence a reader judges; the offboarding inventory kinds come first. */
export type CoveredKind =
  | InventoryKind
  /** Any permission of a person on a repository, whatever its source (direct, team, base). */
  | 'grant'
  /** A person's activity in the organization: contributions and audit-log events. */
  | 'person-activity'
  /** A person's contributions to one repository. */
  | 'repo-contributions'
  | 'audit-event'
  /** How a member's account links to the identity provider (SAML, SCIM). */
  | 'identity'
  /** A journey step or the drift over steps: depends on every list the steps check. */
  | 'offboarding-step'
  /** Something known from the resource alone (a coverage-gap finding, the organization). */
  | 'resource';

export interface CoveredItem {
  kind: CoveredKind;
  /** The contract resource id, when the item has one. */
  resource?: string | null;
  /** Unknown (null) means: any organization's list of that kind hides it. */
  org?: string | null;
  subject?: string | null;
  /** `owner/name`; unknown means any repository. */
  repo?: string | null;
  environment?: string | null;
  /** Invitations: `org:…`, `repo:…` or `team:…`; unknown means any. */
  target?: string | null;
  /** Secrets: which level it lives at; unknown means any. */
  secretScope?: 'organization' | 'repository' | 'environment' | null;
  /** Enterprise membership: the enterprise slug; a Copilot seat: the organization or enterprise that assigns it. */
  assignedBy?: string | null;
}

/** A list an item depends on: one gap id (and its ancestors), or that part of any resource of a type. */
type Need =
  | { id: string }
  | { any: 'org' | 'repo' | 'team' | 'enterprise'; part: GapPart | 'any'; of?: string | null }
  | 'anything';

const SEGMENTS = { org: 1, repo: 2, team: 2, enterprise: 1 } as const;

function org(item: CoveredItem, part: GapPart, of: string | null = null): Need {
  return item.org ? { id: gapId(gaps.organization(item.org, part, of)) } : { any: 'org', part, of };
}

function repo(item: CoveredItem, part: GapPart): Need {
  return item.repo ? { id: gapId(gaps.repository(item.repo, part)) } : { any: 'repo', part };
}

function grantLists(item: CoveredItem): Need[] {
  return [
    org(item, 'repositories'),
    repo(item, 'collaborators'),
    org(item, 'outside-collaborators'),
    org(item, 'members'),
    org(item, 'teams'),
    { any: 'team', part: 'any' },
  ];
}

function secretLists(item: CoveredItem): Need[] {
  const organization = [
    org(item, 'actions-secrets'),
    org(item, 'dependabot-secrets'),
    ...(item.resource ? [{ id: `${item.resource}/repositories` }] : []),
  ];
  const repository = [org(item, 'repositories'), org(item, 'repository-secrets'), repo(item, 'secrets'), repo(item, 'dependabot-secrets')];
  const environment: Need[] = [
    org(item, 'repositories'),
    org(item, 'repository-secrets'),
    repo(item, 'environments'),
    item.repo && item.environment
      ? { id: gapId(gaps.environment(item.repo, item.environment, 'secrets')) }
      : { any: 'repo', part: 'secrets' },
  ];
  switch (item.secretScope) {
    case 'organization':
      return organization;
    case 'repository':
      return repository;
    case 'environment':
      return environment;
    default:
      return [...organization, ...repository, ...environment];
  }
}

function invitationLists(item: CoveredItem): Need[] {
  const target = item.target ?? '';
  if (target.startsWith('repo:')) {
    const name = target.slice('repo:'.length);
    return [org(item, 'repository-invitations'), repo({ ...item, repo: name }, 'invitations')];
  }
  if (target.startsWith('org:') || target.startsWith('team:')) return [org(item, 'invitations')];
  return [org(item, 'invitations'), org(item, 'repository-invitations'), { any: 'repo', part: 'invitations' }];
}

/** Which lists each kind of item depends on (documented in docs/rule-semantics.md). */
export const DEPENDS_ON: Readonly<Record<CoveredKind, (item: CoveredItem) => Need[]>> = {
  'org-membership': (item) => [org(item, 'members'), ...(item.subject ? [org(item, 'membership', item.subject)] : [])],
  'team-membership': (item) => [
    org(item, 'teams'),
    item.resource ? { id: `${item.resource}/members` } : { any: 'team', part: 'members' },
  ],
  'repo-access': (item) => [org(item, 'repositories'), org(item, 'outside-collaborators'), repo(item, 'collaborators')],
  invitation: invitationLists,
  pat: (item) => [org(item, 'personal-access-tokens')],
  credential: (item) => [org(item, 'credential-authorizations')],
  'deploy-key': (item) => [org(item, 'repositories'), org(item, 'deploy-keys'), repo(item, 'deploy-keys')],
  secret: secretLists,
  grant: grantLists,
  'person-activity': (item) => [org(item, 'audit-log'), org(item, 'contributions', item.subject ?? null)],
  'repo-contributions': (item) => [
    org(item, 'contributions', item.subject ?? null),
    repo(item, 'contributions'),
  ],
  'audit-event': (item) => [org(item, 'audit-log')],
  'enterprise-membership': (item) =>
    item.assignedBy
      ? [{ id: gapId(gaps.enterprise(item.assignedBy, 'members')) }, { id: gapId(gaps.enterprise(item.assignedBy, 'admins')) }]
      : [{ any: 'enterprise', part: 'members' }, { any: 'enterprise', part: 'admins' }],
  'copilot-seat': (item) => {
    const by = item.assignedBy;
    if (by && by.toLowerCase() === item.org?.toLowerCase()) return [org(item, 'copilot-seats')];
    if (by) return [{ id: gapId(gaps.enterprise(by, 'copilot-seats')) }, { id: gapId(gaps.organization(by, 'copilot-seats')) }];
    return [{ any: 'org', part: 'copilot-seats' }, { any: 'enterprise', part: 'copilot-seats' }];
  },
  identity: (item) => [org(item, 'saml-identities'), org(item, 'scim-identities')],
  'offboarding-step': () => ['anything'],
  resource: () => [],
};

function ancestorOrSame(gap: string, needed: string): boolean {
  return gap === needed || needed.startsWith(`${gap}/`);
}

function matchesAny(gap: string, need: Exclude<Need, { id: string } | 'anything'>): boolean {
  const prefix = `${need.any}:`;
  if (!gap.startsWith(prefix)) return false;
  const segments = gap.slice(prefix.length).split('/');
  const rest = segments.slice(SEGMENTS[need.any]);
  if (rest.length === 0 || need.part === 'any') return true; // the whole resource, or any of its parts
  // `repo:o/r/env/<environment>/secrets`: an environment's list counts as the repository's.
  const part = rest[0] === 'env' ? rest.at(-1) : rest[0];
  if (part !== need.part) return false;
  return need.of == null || rest[1] === undefined || rest[1] === need.of.toLowerCase();
}

function needs(item: CoveredItem): Need[] {
  const whole: Need[] = [];
  if (item.org) whole.push({ id: resourceId.organization(item.org) });
  if (item.resource) whole.push({ id: item.resource });
  return [...whole, ...DEPENDS_ON[item.kind](item)];
}

/** Whether `gap` hides `item`. Ids compare without case, as GitHub compares names. */
export function covers(gap: CoverageGap, item: CoveredItem): boolean {
  const id = gap.resource.toLowerCase();
  // What a rule could not judge for lack of stored history hides nothing in the organization.
  if (id.startsWith('history:')) return false;
  return needs(item).some((need) => {
    if (need === 'anything') return true;
    if ('id' in need) return ancestorOrSame(id, need.id.toLowerCase());
    return matchesAny(id, need);
  });
}

/** The first gap that hides any of the items, or null. */
export function coveringGap(
  gapList: readonly CoverageGap[],
  ...items: CoveredItem[]
): CoverageGap | null {
  return gapList.find((gap) => items.some((item) => covers(gap, item))) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Findings (live, or read back from the history as rule + resource + subject)

export interface FindingRef {
  rule: string;
  resource: string;
  subject: string | null;
}

/** The organization, repository and secret level a contract resource id names, where it does. */
export function itemFromResource(resource: string): Omit<CoveredItem, 'kind'> {
  const colon = resource.indexOf(':');
  const type = resource.slice(0, colon);
  const body = resource.slice(colon + 1).split('/');
  const base = { resource, org: null as string | null, repo: null as string | null };
  switch (type) {
    case 'org':
      return { ...base, org: body[0] };
    case 'team':
      return { ...base, org: body[0] };
    case 'repo':
    case 'deploy-key':
      return { ...base, org: body[0], repo: body.length >= 2 ? `${body[0]}/${body[1]}` : null };
    case 'secret':
      if (body.length === 2) return { ...base, org: body[0], secretScope: 'organization' };
      if (body[2] === 'env' && body.length >= 5) {
        return {
          ...base,
          org: body[0],
          repo: `${body[0]}/${body[1]}`,
          environment: body.slice(3, -1).join('/'),
          secretScope: 'environment',
        };
      }
      return { ...base, org: body[0], repo: `${body[0]}/${body[1]}`, secretScope: 'repository' };
    case 'enterprise':
      return { ...base, assignedBy: body[0] };
    case 'copilot-seat':
      // `copilot-seat:<org or enterprise>/<login>`: which of the two is not in the id.
      return { ...base, assignedBy: body[0] };
    default:
      return base;
  }
}

function tokenKind(resource: string): CoveredKind {
  return resource.startsWith('credential:') ? 'credential' : 'pat';
}

/** What each rule's findings depend on; rules not listed depend on their resource's kind. */
const FINDING_KINDS: Partial<Record<string, (resource: string) => CoveredKind[]>> = {
  'retained-org-membership': () => ['org-membership'],
  'retained-repo-access': () => ['repo-access'],
  'retained-team-membership': () => ['team-membership'],
  'pending-invitation': () => ['invitation'],
  'retained-token': (resource) => [tokenKind(resource)],
  'long-lived-token': (resource) => [tokenKind(resource)],
  'stale-token': (resource) => [tokenKind(resource)],
  'retained-deploy-key': () => ['deploy-key'],
  'stale-deploy-key': () => ['deploy-key'],
  'write-deploy-key': () => ['deploy-key'],
  'unrotated-secret': () => ['secret'],
  'stale-secret': () => ['secret'],
  'stale-member': () => ['org-membership', 'person-activity'],
  'unused-write-access': () => ['grant', 'repo-contributions'],
  'activity-after-offboarding': () => ['audit-event'],
  'offboarded-ip-activity': () => ['audit-event'],
  'unapproved-credential-change': () => ['audit-event'],
  'offboarding-step-missing': () => ['offboarding-step'],
  'offboarding-drift': () => ['offboarding-step'],
  'retained-enterprise-membership': () => ['enterprise-membership'],
  'retained-copilot-seat': () => ['copilot-seat'],
  'idle-copilot-seat': () => ['copilot-seat'],
  'deprovisioned-identity-access': () => ['org-membership', 'identity'],
  'audit-coverage-gap': () => ['resource'],
  'policy-invalid': () => ['resource'],
};

const KIND_OF_TYPE: Record<string, CoveredKind> = {
  team: 'team-membership',
  repo: 'grant',
  'deploy-key': 'deploy-key',
  pat: 'pat',
  credential: 'credential',
  secret: 'secret',
  invitation: 'invitation',
  event: 'audit-event',
  enterprise: 'enterprise-membership',
  'copilot-seat': 'copilot-seat',
};

/** The items a finding's presence depends on: its absence behind a gap over them is not "gone". */
export function findingItems(finding: FindingRef, organization: string | null = null): CoveredItem[] {
  const from = itemFromResource(finding.resource);
  const type = finding.resource.slice(0, finding.resource.indexOf(':'));
  const kinds = FINDING_KINDS[finding.rule]?.(finding.resource) ?? [KIND_OF_TYPE[type] ?? 'resource'];
  return kinds.map((kind) => ({
    ...from,
    org: from.org ?? organization,
    subject: finding.subject,
    kind,
  }));
}

/** Whether `gap` hides a finding (so its absence this run means "unknown", not "resolved"). */
export function coversFinding(gap: CoverageGap, finding: FindingRef, organization: string | null = null): boolean {
  return findingItems(finding, organization).some((item) => covers(gap, item));
}
