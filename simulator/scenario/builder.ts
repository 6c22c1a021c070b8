// The mutable workbench the generation steps share: the org being built, the seeded random
// source, id counters, the clock, IP addresses, and the planted expectations.
import type {
  ExpectedFinding,
  Scenario,
  SimAuditEvent,
  SimContribution,
  SimOrg,
  SimRepo,
  SimUser,
} from '../state.js';
import { scenarioClock, type ScenarioClock } from './clock.js';
import { IdAllocator } from './ids.js';
import { createRng, type Rng } from './random.js';

export const ORG_LOGIN = 'acme';
export const ACTION_REPO_NAME = 'offboarding-ops';
export const EMAIL_DOMAIN = 'acme.example';

export interface Builder {
  org: SimOrg;
  rng: Rng;
  ids: IdAllocator;
  clock: ScenarioClock;
  users: Map<string, SimUser>;
  repos: Map<string, SimRepo>;
  /** Planted people: the random background never gives them teams, grants or credentials. */
  reserved: Set<string>;
  /** People whose activity is planted by hand: the health pass adds none for them. */
  manualActivity: Set<string>;
  ips: IpBook;
  expected: ExpectedFinding[];
  nearMisses: Scenario['nearMisses'];
  departures: Scenario['departures'];
  policy: Scenario['policy'];
}

export function createBuilder(seed: number, now: string): Builder {
  const ids = new IdAllocator(seed);
  const orgId = 9_100_000 + (Math.abs(seed) % 100_000);
  const org: SimOrg = {
    login: ORG_LOGIN,
    id: orgId,
    node_id: `O_kgDO${Buffer.from(`org:${orgId}`).toString('base64url')}`,
    name: 'Acme Corporation',
    enterprise_cloud: true,
    saml_sso: true,
    default_repository_permission: 'read',
    now,
    users: [],
    members: [],
    outside_collaborators: [],
    teams: [],
    repos: [],
    invitations: [],
    failed_invitations: [],
    pat_grants: [],
    credential_authorizations: [],
    org_secrets: [],
    org_dependabot_secrets: [],
    saml_identities: [],
    verified_domain_emails: {},
    contributions: [],
    audit_log: [],
    issues: [],
    check_runs: [],
    labels: [],
    branches: [],
  };
  return {
    org,
    rng: createRng(seed),
    ids,
    clock: scenarioClock(now),
    users: new Map(),
    repos: new Map(),
    reserved: new Set(),
    manualActivity: new Set(),
    ips: new IpBook(),
    expected: [],
    nearMisses: [],
    departures: [],
    policy: { serviceAccounts: [], approvedActors: [], approvedWorkflows: [], exemptions: [] },
  };
}

export function addUser(
  b: Builder,
  login: string,
  name: string | null,
  type: 'User' | 'Bot' = 'User',
): SimUser {
  if (b.users.has(login)) throw new Error(`scenario: duplicate login ${login}`);
  const id = b.ids.id('user');
  const user: SimUser = { login, id, node_id: b.ids.nodeId('user', id), name, type };
  b.users.set(login, user);
  b.org.users.push(user);
  return user;
}

export function addRepo(b: Builder, repo: SimRepo): void {
  b.repos.set(repo.name, repo);
  b.org.repos.push(repo);
}

export function activeRepos(b: Builder): SimRepo[] {
  return b.org.repos.filter((repo) => !repo.archived);
}

export function repoOf(b: Builder, name: string): SimRepo {
  const repo = b.repos.get(name);
  if (!repo) throw new Error(`scenario: no repository ${name}`);
  return repo;
}

export function emailOf(login: string): string {
  return `${login}@${EMAIL_DOMAIN}`;
}

/** Adds a member with the SAML identity and verified-domain e-mail a member of acme has. */
export function addMember(
  b: Builder,
  login: string,
  name: string | null,
  role: 'admin' | 'member',
  email: string | null = emailOf(login),
): void {
  if (!b.users.has(login)) addUser(b, login, name);
  b.org.members.push({ login, role, two_factor_enabled: b.rng.chance(0.95) || role === 'admin' });
  if (email) {
    b.org.saml_identities.push({
      guid: b.ids.documentId(),
      login,
      name_id: email,
      username: email,
      emails: [email],
    });
    b.org.verified_domain_emails[login] = [email];
  }
}

// ---------------------------------------------------------------------------------------------
// IP addresses: documentation ranges only (RFC 5737). The tail of 203.0.113.0/24 is kept for
// planted people so that "an offboarded person's IP used by someone else" happens only where planted.

const EXCLUSIVE_FROM = 200;

export class IpBook {
  private readonly byLogin = new Map<string, string[]>();
  private shared = 0;
  private exclusive = EXCLUSIVE_FROM;

  /** IPs of a person, assigning one from the shared pool on first use. */
  of(login: string): string[] {
    let ips = this.byLogin.get(login);
    if (!ips) {
      ips = [this.nextShared()];
      this.byLogin.set(login, ips);
    }
    return ips;
  }

  /** Gives a person an address nobody else in the scenario uses. */
  assignExclusive(login: string): string {
    if (this.exclusive > 254) throw new Error('scenario: out of exclusive IP addresses');
    const ip = `203.0.113.${this.exclusive++}`;
    const ips = this.byLogin.get(login) ?? [];
    ips.push(ip);
    this.byLogin.set(login, ips);
    return ip;
  }

  has(login: string): boolean {
    return this.byLogin.has(login);
  }

  private nextShared(): string {
    // 254 + 254 + 199 addresses, then they repeat (only in very large organizations).
    const slot = this.shared++ % (254 + 254 + EXCLUSIVE_FROM - 1);
    if (slot < 254) return `192.0.2.${slot + 1}`;
    if (slot < 508) return `198.51.100.${slot - 253}`;
    return `203.0.113.${slot - 507}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Audit events and contributions

export interface EventSpec {
  atMs: number;
  action: string;
  actor: string | null;
  /** Defaults to the actor's first IP; null for none (bots, system events). */
  ip?: string | null;
  user?: string;
  repo?: string;
  fields?: Record<string, unknown>;
}

export function addEvent(b: Builder, spec: EventSpec): SimAuditEvent {
  const event = buildEvent(
    b.org.login,
    b.ids.documentId(),
    spec,
    (login) => b.users.get(login),
    (login) => b.ips.of(login)[0],
  );
  b.org.audit_log.push(event);
  return event;
}

export function buildEvent(
  orgLogin: string,
  documentId: string,
  spec: EventSpec,
  userOf: (login: string) => SimUser | undefined,
  defaultIp: (login: string) => string | undefined,
): SimAuditEvent {
  const actorUser = spec.actor ? userOf(spec.actor) : undefined;
  const event: SimAuditEvent = {
    _document_id: documentId,
    '@timestamp': spec.atMs,
    created_at: spec.atMs,
    action: spec.action,
    actor: spec.actor,
    org: orgLogin,
  };
  if (actorUser) event.actor_id = actorUser.id;
  if (actorUser?.type === 'Bot') event.actor_is_bot = true;
  if (spec.user) event.user = spec.user;
  if (spec.repo) event.repo = `${orgLogin}/${spec.repo}`;
  const ip =
    spec.ip === undefined
      ? spec.actor && actorUser?.type !== 'Bot'
        ? defaultIp(spec.actor)
        : undefined
      : spec.ip;
  if (ip) event.actor_ip = ip;
  Object.assign(event, spec.fields ?? {});
  return event;
}

export function addContribution(
  b: Builder,
  login: string,
  repo: string,
  kind: SimContribution['kind'],
  daysAgo: number,
  count = 1,
): void {
  b.org.contributions.push({ login, repo, kind, occurred_at: b.clock.daysAgo(daysAgo), count });
}

export function expectFinding(
  b: Builder,
  rule: string,
  subject: string | null,
  resource: string,
  why: string,
  mode: 'audit' | 'offboard' = 'audit',
): void {
  b.expected.push({ rule, subject, resource, mode, why });
}

export function nearMiss(
  b: Builder,
  rule: string,
  subject: string | null,
  resource: string,
  why: string,
): void {
  b.nearMisses.push({ rule, subject, resource, why });
}
