// An enterprise around the generated organization: `acme` (the action's organization) plus
// `acme-labs` and `acme-eu`, people shared between them, an unaffiliated enterprise member with
// an enterprise-assigned Copilot seat, Copilot seats (idle and busy), SCIM identities of which
// some are deprovisioned, a SAML identity the IdP removed, an HR roster, and a departure whose
// access is left in two organizations. Planted cases and near-misses are listed like the base
// scenario's, each with the organization it belongs to.
import type { Scenario, SimCopilotSeat, SimOrg, SimScimUser, SimUser } from '../state.js';
import { emptySimRepo } from '../state.js';
import { generateScenario, type ScenarioOptions } from './index.js';

export const ENTERPRISE_SLUG = 'acme-corp';
export const LABS = 'acme-labs';
export const EU = 'acme-eu';
const DAY = 86_400_000;

/** The people this scenario plants, by role in the story. */
export const ENTERPRISE_CAST = {
  /** Leaves the company; still in acme-labs and acme-eu, with a Copilot seat in acme-labs. */
  leaver: 'dana-leaver',
  /** Unaffiliated enterprise member (removed from every organization) keeping an enterprise Copilot seat. */
  unaffiliated: 'erin-unaffiliated',
  /** Deprovisioned in the IdP (SCIM active: false) but still a member of acme-eu. */
  deprovisioned: 'frank-deprovisioned',
  /** Deprovisioned and already removed from the organization: a near-miss. */
  deprovisionedGone: 'gina-removed',
  /** SAML identity gone from the IdP (only the SCIM link is left), still a member of acme-labs. */
  samlGone: 'hank-samlgone',
  /** Copilot seat unused for 60 days. */
  idleSeat: 'ivan-idle',
  /** Copilot seat used 5 days ago: a near-miss. */
  busySeat: 'jane-busy',
  /** Terminated in HR's roster, still a member of acme-eu. */
  terminated: 'karl-terminated',
  /** In the roster as active: a near-miss. */
  rosterActive: 'lena-active',
  /** An enterprise billing manager in no organization. */
  billing: 'mia-billing',
} as const;

export const ENTERPRISE_EMAIL_DOMAIN = 'acme.example';
export const emailFor = (login: string) => `${login.split('-')[0]}@${ENTERPRISE_EMAIL_DOMAIN}`;

/** HR's export as the roster input reads it (CSV), with the terminated person and a near-miss. */
export function rosterCsv(scenario: Scenario): string {
  const now = Date.parse(scenario.org.now);
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  return [
    'email,status,termination_date',
    `${emailFor(ENTERPRISE_CAST.terminated)},terminated,${day(-7)}`,
    `${emailFor(ENTERPRISE_CAST.rosterActive)},active,`,
    `${emailFor(ENTERPRISE_CAST.leaver)},terminated,${day(-2)}`,
    '',
  ].join('\n');
}

function emptyOrg(login: string, id: number, now: string, name: string): SimOrg {
  return {
    login,
    id,
    node_id: `O_kgDO${Buffer.from(`org:${id}`).toString('base64url')}`,
    name,
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
    scim_users: [],
    copilot_seats: [],
    verified_domain_emails: {},
    contributions: [],
    audit_log: [],
    issues: [],
    check_runs: [],
    labels: [],
    branches: [],
  };
}

class People {
  private next = 6_100_000;
  private readonly byLogin = new Map<string, SimUser>();

  constructor(existing: SimUser[]) {
    for (const user of existing) this.byLogin.set(user.login, user);
  }

  user(login: string): SimUser {
    let user = this.byLogin.get(login);
    if (!user) {
      const id = this.next++;
      user = {
        login,
        id,
        node_id: `U_kgDO${Buffer.from(`user:${id}`).toString('base64url')}`,
        name: null,
        type: 'User',
      };
      this.byLogin.set(login, user);
    }
    return user;
  }
}

/** A member with SAML identity, active SCIM identity and verified e-mail, as the IdP provisions them. */
function join(
  org: SimOrg,
  user: SimUser,
  at: string,
  options: { scim?: boolean; email?: string } = {},
): void {
  const email = options.email ?? emailFor(user.login);
  if (!org.users.some((u) => u.login === user.login)) org.users.push(user);
  org.members.push({ login: user.login, role: 'member', two_factor_enabled: true });
  org.saml_identities.push({
    guid: `saml-${org.login}-${user.login}`,
    login: user.login,
    name_id: email,
    username: email,
    emails: [email],
  });
  org.verified_domain_emails[user.login] = [email];
  if (options.scim ?? true) org.scim_users!.push(scimUser(org, user.login, email, true, at));
}

function scimUser(
  org: SimOrg,
  login: string | null,
  email: string,
  active: boolean,
  at: string,
): SimScimUser {
  return {
    id: `scim-${org.login}-${email.split('@')[0]}`,
    external_id: `hr-${email.split('@')[0]}`,
    user_name: email,
    display_name: login,
    emails: [email],
    active,
    created_at: at,
    last_modified: at,
    login,
  };
}

function seat(login: string, createdAt: string, lastActivityAt: string | null): SimCopilotSeat {
  return {
    login,
    created_at: createdAt,
    last_activity_at: lastActivityAt,
    last_activity_editor: lastActivityAt ? 'vscode/1.96.0/copilot/1.250.0' : null,
    last_authenticated_at: lastActivityAt,
    pending_cancellation_date: null,
    assigning_team: null,
  };
}

export interface EnterpriseScenario extends Scenario {
  organizations: SimOrg[];
  enterprise: NonNullable<Scenario['enterprise']>;
}

export function generateEnterpriseScenario(options: Partial<ScenarioOptions> = {}): EnterpriseScenario {
  const base = generateScenario({
    seed: options.seed ?? 1,
    size: options.size ?? 'demo',
    ...(options.now ? { now: options.now } : {}),
  });
  const now = base.org.now;
  const at = (days: number) => new Date(Date.parse(now) - days * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const people = new People(base.org.users);
  const labs = emptyOrg(LABS, 9_200_001, now, 'Acme Labs');
  const eu = emptyOrg(EU, 9_200_002, now, 'Acme Europe');
  labs.repos.push(
    emptySimRepo(310_000_001, 'prototypes', at(400)),
    emptySimRepo(310_000_002, 'research-notes', at(300)),
  );
  eu.repos.push(emptySimRepo(310_000_101, 'billing-eu', at(500)));

  // People shared between the organizations: acme members who also work in labs and eu.
  const planted = new Set([
    ...base.departures.map((d) => d.login),
    ...base.expected.map((e) => e.subject ?? ''),
  ]);
  const shared = base.org.members
    .filter(
      (m) =>
        m.role === 'member' &&
        !planted.has(m.login) &&
        base.org.users.find((u) => u.login === m.login)?.type === 'User' &&
        !m.login.includes('bot'),
    )
    .slice(0, 3)
    .map((m) => people.user(m.login));
  for (const user of shared) {
    join(labs, user, at(200));
    join(eu, user, at(200));
  }

  const c = ENTERPRISE_CAST;
  const leaver = people.user(c.leaver);
  base.org.users.push(leaver);
  // Gone from acme (the HR automation removed that one), left behind in labs and eu.
  join(labs, leaver, at(300));
  join(eu, leaver, at(300));
  labs.repos[0].collaborators.push({ login: c.leaver, permission: 'push' });
  labs.copilot_seats!.push(seat(c.leaver, at(100), at(3)));

  join(eu, people.user(c.deprovisioned), at(250));
  eu.scim_users!.find((u) => u.login === c.deprovisioned)!.active = false;
  // Deprovisioned and removed: the SCIM identity remains, the access does not.
  eu.scim_users!.push(scimUser(eu, c.deprovisionedGone, emailFor(c.deprovisionedGone), false, at(40)));

  join(labs, people.user(c.samlGone), at(250));
  labs.saml_identities = labs.saml_identities.filter((x) => x.login !== c.samlGone);

  join(labs, people.user(c.idleSeat), at(300));
  labs.copilot_seats!.push(seat(c.idleSeat, at(200), at(60)));
  join(labs, people.user(c.busySeat), at(300));
  labs.copilot_seats!.push(seat(c.busySeat, at(200), at(5)));
  // Assigned 10 days ago and not used yet: too early to call idle.
  labs.copilot_seats!.push(seat(shared[0].login, at(10), null));

  join(eu, people.user(c.terminated), at(400));
  join(eu, people.user(c.rosterActive), at(400));
  people.user(c.unaffiliated);
  people.user(c.billing);

  const scenario: EnterpriseScenario = {
    ...base,
    organizations: [labs, eu],
    enterprise: {
      id: 9_300_001,
      node_id: `E_kgDO${Buffer.from('enterprise:9300001').toString('base64url')}`,
      slug: ENTERPRISE_SLUG,
      name: 'Acme Corporation',
      created_at: at(900),
      organizations: [base.org.login, LABS, EU],
      unaffiliated: [c.unaffiliated],
      owners: [],
      billing_managers: [c.billing],
      copilot_seats: [seat(c.unaffiliated, at(120), at(20))],
      // The leaver is still in an enterprise team (it gives organization membership indirectly).
      teams: [{ id: 4_100_001, slug: 'platform', name: 'Platform', created_at: at(400), members: [c.leaver, shared[0].login] }],
    },
  };
  const expect = (
    rule: string,
    subject: string | null,
    resource: string,
    mode: 'audit' | 'offboard',
    why: string,
  ) => scenario.expected.push({ rule, subject, resource, mode, why });
  expect(
    'idle-copilot-seat',
    c.idleSeat,
    `copilot-seat:${LABS}/${c.idleSeat}`,
    'audit',
    'seat unused for 60 days',
  );
  expect(
    'deprovisioned-identity-access',
    c.deprovisioned,
    `org:${EU}`,
    'audit',
    'SCIM active: false, still a member',
  );
  expect(
    'deprovisioned-identity-access',
    c.samlGone,
    `org:${LABS}`,
    'audit',
    'SAML identity gone, still a member',
  );
  scenario.nearMisses.push(
    {
      rule: 'idle-copilot-seat',
      subject: c.busySeat,
      resource: `copilot-seat:${LABS}/${c.busySeat}`,
      why: 'used 5 days ago',
    },
    {
      rule: 'idle-copilot-seat',
      subject: shared[0].login,
      resource: `copilot-seat:${LABS}/${shared[0].login}`,
      why: 'assigned 10 days ago, never used yet',
    },
    {
      rule: 'deprovisioned-identity-access',
      subject: c.deprovisionedGone,
      resource: `org:${EU}`,
      why: 'deprovisioned and no longer a member',
    },
    {
      rule: 'deprovisioned-identity-access',
      subject: c.rosterActive,
      resource: `org:${EU}`,
      why: 'active in the roster',
    },
  );
  scenario.departures.push({
    login: c.leaver,
    email: emailFor(c.leaver),
    offboarded_at: at(2),
    kind: 'enterprise',
  });
  return scenario;
}
