// The named accounts every scenario contains: the people planted cases and departures are
// about, the approved changers, the service account and the app bots. Fixed logins make the
// planted cases readable in test failures; the background around them is random.
import { addMember, addUser, emailOf, type Builder } from './builder.js';

export const CAST = {
  /** Owner; approved to change credentials; the HR automation's actor in tests. */
  secopsLead: 'secops-lead',
  /** Service account that rotates secrets; approved changer. */
  sentinelBot: 'sentinel-bot',
  /** Service account that owns deploy keys; never active (near-miss for stale-member). */
  ciBot: 'ci-bot',
  /** A GitHub App actor (only appears in the audit log). */
  appBot: 'acme-deployer[bot]',
  /** Author of the action's tracking issues. */
  actionsBot: 'github-actions[bot]',
  dormantOwner: 'rtanaka',
  staleMember: 'hpatel',
  teamWriter: 'jmorales',
  lapsedAdmin: 'kowens',
  formerEmployee: 'dlee',
  ipReuser: 'bsantos',
  keyDeleter: 'cnovak',
  secretRemover: 'ekim',
  burstDeleter: 'fgarcia',
  reviewOnly: 'lchen',
  auditOnly: 'mfischer',
  twin: 'tjones',
  twinAdmin: 'tjones-admin',
  departClean: 'nwhite',
  departLeftovers: 'oyilmaz',
  departEmailOnly: 'pbrown',
  departNoPre: 'qadams',
  departRemediate: 'rsingh',
} as const;

/** An e-mail address HR might send that belongs to nobody in the organization. */
export const UNKNOWN_EMAIL = 'nobody.here@acme.example';
/** An e-mail address that resolves to two accounts (tjones via SAML, tjones-admin via verified e-mail). */
export const AMBIGUOUS_EMAIL = 't.jones@acme.example';
/** The e-mail-only departure's address: differs from their login, so only identity data resolves it. */
export const EMAIL_ONLY_ADDRESS = 'paula.brown@acme.example';

/** Cast members the random background may give teams and grants (they are ordinary, healthy people). */
export const ORDINARY_CAST: readonly string[] = [
  CAST.secopsLead,
  CAST.ipReuser,
  CAST.keyDeleter,
  CAST.secretRemover,
  CAST.burstDeleter,
  CAST.twin,
  CAST.twinAdmin,
];

export const DEPARTURE_LOGINS: readonly string[] = [
  CAST.departClean,
  CAST.departLeftovers,
  CAST.departEmailOnly,
  CAST.departNoPre,
  CAST.departRemediate,
];

/** How many people (members, outside collaborators, former employees) the cast adds. */
export const CAST_PEOPLE = Object.values(CAST).filter((login) => !login.endsWith('[bot]')).length;

export function addCast(b: Builder): void {
  addMember(b, CAST.secopsLead, 'Security Operations Lead', 'admin');
  addMember(b, CAST.sentinelBot, null, 'member', null);
  addMember(b, CAST.ciBot, null, 'member', null);
  addUser(b, CAST.appBot, null, 'Bot');
  addUser(b, CAST.actionsBot, null, 'Bot');
  addMember(b, CAST.dormantOwner, 'Ryo Tanaka', 'admin');
  addMember(b, CAST.staleMember, 'Hema Patel', 'member');
  addMember(b, CAST.teamWriter, 'Javier Morales', 'member');
  addUser(b, CAST.lapsedAdmin, 'Kim Owens');
  b.org.outside_collaborators.push(CAST.lapsedAdmin);
  // Offboarded before the scenario starts: an account, no longer a member.
  addUser(b, CAST.formerEmployee, 'Dana Lee');
  b.org.verified_domain_emails[CAST.formerEmployee] = [emailOf(CAST.formerEmployee)];
  addMember(b, CAST.ipReuser, 'Bruno Santos', 'member');
  addMember(b, CAST.keyDeleter, 'Clara Novak', 'member');
  addMember(b, CAST.secretRemover, 'Eun Kim', 'member');
  addMember(b, CAST.burstDeleter, 'Felipe Garcia', 'member');
  addMember(b, CAST.reviewOnly, 'Li Chen', 'member');
  addMember(b, CAST.auditOnly, 'Marta Fischer', 'member');
  addMember(b, CAST.twin, 'Tom Jones', 'member', AMBIGUOUS_EMAIL);
  // The same person's admin account: no SAML identity, but the same verified e-mail.
  addUser(b, CAST.twinAdmin, 'Tom Jones (admin)');
  b.org.members.push({ login: CAST.twinAdmin, role: 'admin', two_factor_enabled: true });
  b.org.verified_domain_emails[CAST.twinAdmin] = [AMBIGUOUS_EMAIL];
  addMember(b, CAST.departClean, 'Noah White', 'member');
  addMember(b, CAST.departLeftovers, 'Oya Yilmaz', 'member');
  addMember(b, CAST.departEmailOnly, 'Paula Brown', 'member', EMAIL_ONLY_ADDRESS);
  addMember(b, CAST.departNoPre, 'Quentin Adams', 'member');
  addMember(b, CAST.departRemediate, 'Ravi Singh', 'member');

  for (const login of Object.values(CAST)) {
    if (!ORDINARY_CAST.includes(login)) b.reserved.add(login);
  }
  for (const login of [
    CAST.sentinelBot,
    CAST.ciBot,
    CAST.appBot,
    CAST.actionsBot,
    CAST.dormantOwner,
    CAST.staleMember,
    CAST.teamWriter,
    CAST.lapsedAdmin,
    CAST.formerEmployee,
    CAST.reviewOnly,
    CAST.auditOnly,
  ]) {
    b.manualActivity.add(login);
  }
  // Addresses nobody else uses, so IP-reuse findings happen only where planted.
  for (const login of [CAST.formerEmployee, ...DEPARTURE_LOGINS]) b.ips.assignExclusive(login);

  b.policy.serviceAccounts.push(CAST.ciBot, CAST.sentinelBot);
  b.policy.approvedActors.push(CAST.secopsLead, CAST.sentinelBot);
  b.policy.approvedWorkflows.push('acme/offboarding-ops/.github/workflows/*.yml');
}
