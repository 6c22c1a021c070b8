// Per-person collection for offboarding: the cheapest reads that answer "what does this person
// still hold?" — one membership call, teams filtered by login, repositories filtered to their
// direct collaboration, tokens filtered by owner/login, the audit log filtered by actor and
// user, and per-repository REST only where they could reach (secrets) or where keys exist.
import { mapWithConcurrency } from '../github/concurrency.js';
import type { GitHubClient } from '../github/types.js';
import {
  emptySnapshot,
  permissionAtLeast,
  type AuditEvent,
  type Person,
  type Repository,
  type Snapshot,
} from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { collectPeopleActivity } from './collect-activity.js';
import { planSubjectReads, type AuditSnapshot } from './audit-snapshot.js';
import { invitationLifetimeStart } from './delta-plan.js';
import { collectAuditLog } from './collect-audit-log.js';
import { collectDeployKeys } from './collect-deploy-keys.js';
import { collectCopilotSeats, collectEnterpriseCopilotSeats } from './collect-copilot-seats.js';
import { collectEnterprise } from './collect-enterprise.js';
import { toSamlIdentity, type IdentityNode } from './collect-identities.js';
import { collectOrgInvitations, collectRepoInvitations } from './collect-invitations.js';
import { readDefaultPermission } from './collect-organization.js';
import { collectRepositories, type CollaboratorRecord } from './collect-repositories.js';
import { collectOrgSecrets, collectRepoSecrets } from './collect-secrets.js';
import { collectTeams } from './collect-teams.js';
import { collectCredentialAuthorizations, collectPatGrants } from './collect-tokens.js';
import { Coverage, describeFailure, HINTS } from './coverage.js';
import { concurrencyOf, quietLogger, type CollectContext, type CollectLogger } from './context.js';
import { deriveGrants } from './derive-grants.js';
import { graphqlReason, readErrors, readGraphql } from './graphql-read.js';
import { isBot } from './people.js';
import { LoginSet, sameLogin, uniqueLogins } from '../identity.js';
import { ORGANIZATION_ID_QUERY } from './queries/activity.js';
import { IDENTITY_BY_LOGIN_QUERY } from './queries/identities.js';
import { USER_QUERY } from './queries/members.js';
import { DAY_MS } from '../rules/time.js';

export interface SubjectOptions {
  org: string;
  logins: string[];
  now: Date;
  activityWindowDays: number;
  logger?: CollectLogger;
  /**
   * Repositories whose invitations to read (REST has no per-person filter): 'all' (default, one
   * request per repository) or a list, e.g. the repositories of the `pre` inventory.
   */
  invitationRepositories?: 'all' | string[];
  /**
   * Repositories whose secrets must be read besides those the subject can write now: the ones
   * they could write at `pre` (after removal they can write none, and their secrets still need
   * rotating). Repositories where the audit log shows them writing a secret are always added.
   */
  secretRepositories?: string[];
  /**
   * Repositories whose deploy keys must be read besides those the plan names (the `pre`
   * inventory's); only used with a usable `auditSnapshot`.
   */
  deployKeyRepositories?: string[];
  /**
   * The last audit's snapshot from the state: with it, invitations and deploy keys are read only
   * where they can concern the subjects; without it (or when unusable, with the reason), the
   * whole organization's lists are read.
   */
  auditSnapshot?: AuditSnapshot | { unusable: string };
  /**
   * The enterprise slug, when the run covers an enterprise: the subjects' enterprise
   * membership and roles and the seats the enterprise assigns are read too.
   */
  enterprise?: string;
}

/** How a per-person collection chose what to read live (said in the log and the report). */
export type SubjectReadBasis = NonNullable<Snapshot['readBasis']>;


async function readPerson(ctx: CollectContext, login: string): Promise<Person> {
  const person: Person = {
    login,
    nodeId: null,
    databaseId: null,
    orgRole: null,
    outsideCollaborator: false,
    bot: isBot(login),
    twoFactorEnabled: null,
    samlIdentity: null,
    verifiedEmails: [],
  };
  try {
    const membership = await ctx.client.rest.request('GET /orgs/{org}/memberships/{username}', {
      org: ctx.org,
      username: login,
    });
    // A pending membership is an invitation, not access; the invitation list reports it.
    if (membership.data.state === 'active')
      person.orgRole = membership.data.role === 'admin' ? 'owner' : 'member';
  } catch (error) {
    // 404 is the answer "not a member", which is exactly what a post-offboarding check hopes for.
    if ((error as { status?: number }).status !== 404) {
      ctx.coverage.add(
        gaps.organization(ctx.org, 'membership', login),
        describeFailure(error, HINTS.members),
      );
    }
  }
  type UserPage = {
    user: {
      login: string;
      id: string;
      databaseId: number | null;
      organizationVerifiedDomainEmails: string[];
    } | null;
  };
  const user = await ctx.coverage.read(
    gaps.organization(ctx.org, 'verified-emails', login),
    HINTS.members,
    () => readGraphql<UserPage>(ctx.client, USER_QUERY, { org: ctx.org, login }),
  );
  const userError = readErrors(user?.errors ?? [])[0];
  if (userError) {
    ctx.coverage.add(
      gaps.organization(ctx.org, 'verified-emails', login),
      graphqlReason(userError),
    );
  }
  if (user?.data?.user) {
    // GitHub's spelling of the login, whatever case the subject was given in.
    person.login = user.data.user.login;
    person.nodeId = user.data.user.id;
    person.databaseId = user.data.user.databaseId;
    person.verifiedEmails = user.data.user.organizationVerifiedDomainEmails ?? [];
  }
  type IdentityPage = {
    organization: {
      samlIdentityProvider: { externalIdentities: { nodes: (IdentityNode | null)[] } } | null;
    } | null;
  };
  // `login:` narrows the identity list to this person: one cheap query.
  const identity = await ctx.coverage.read(
    gaps.organization(ctx.org, 'saml-identities'),
    HINTS.members,
    () => readGraphql<IdentityPage>(ctx.client, IDENTITY_BY_LOGIN_QUERY, { org: ctx.org, login }),
  );
  const node = identity?.data?.organization?.samlIdentityProvider?.externalIdentities.nodes[0];
  if (node) person.samlIdentity = toSamlIdentity(node);
  return person;
}

async function eventsAbout(ctx: CollectContext, logins: string[], from: Date): Promise<AuditEvent[]> {
  const byId = new Map<string, AuditEvent>();
  for (const login of logins) {
    // Two searches: what they did, and what was done to them (their removal, their grants).
    const same = (value: string | null) => sameLogin(value, login);
    for (const qualifier of [`actor:${login}`, `user:${login}`]) {
      for (const event of (await collectAuditLog(ctx, { from, qualifiers: qualifier })) ?? []) {
        // Kept only if it really concerns them, whatever the server made of the qualifier.
        if (same(event.actor) || same(event.user)) byId.set(event.id, event);
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at));
}

interface ProportionalPlan {
  basis: SubjectReadBasis;
  /** Repositories to read live; undefined: as without a snapshot. */
  invitations?: string[];
  deployKeys?: Set<string>;
}

/**
 * With a usable audit snapshot and a readable audit log, the repositories whose invitations and
 * deploy keys can concern the subjects; otherwise the reason the whole organization is read.
 */
async function proportionalPlan(
  ctx: CollectContext,
  options: SubjectOptions,
  snapshot: Snapshot,
  logins: string[],
  auditLogFailed: boolean,
): Promise<ProportionalPlan> {
  const full = (reason: string): ProportionalPlan => {
    ctx.logger.warning(`offboarding reads the whole organization's invitations and deploy keys: ${reason}`);
    return { basis: { kind: 'full-read', reason } };
  };
  const audit = options.auditSnapshot;
  if (!audit) return { basis: { kind: 'full-read', reason: 'no audit snapshot was offered' } };
  if ('unusable' in audit) return full(audit.unusable);
  if (auditLogFailed) return full('the audit log could not be read, so changes since the last audit are unknown');
  const invitationEvents = await collectAuditLog(ctx, {
    from: invitationLifetimeStart(options.now),
    qualifiers: 'action:repository_invitation',
  });
  if (!invitationEvents) return full('the audit log could not be read, so invitations since the last audit are unknown');
  const invitations = new Set<string>(
    options.invitationRepositories === 'all' ? [] : (options.invitationRepositories ?? []),
  );
  const deployKeys = new Set<string>(options.deployKeyRepositories ?? []);
  for (const login of logins) {
    const events = snapshot.auditEvents.filter((e) => e.actor?.toLowerCase() === login.toLowerCase());
    const plan = planSubjectReads(audit, login, snapshot.repositories, events, invitationEvents);
    for (const repo of plan.invitations) invitations.add(repo);
    for (const repo of plan.deployKeys) deployKeys.add(repo);
  }
  ctx.logger.info(
    `offboarding from the audit snapshot of ${audit.at.slice(0, 10)}: invitations of ${invitations.size} and deploy keys of ${deployKeys.size} repositories read live`,
  );
  return {
    basis: {
      kind: 'audit-snapshot',
      at: audit.at,
      invitationRepositories: invitations.size,
      deployKeyRepositories: deployKeys.size,
    },
    invitations: [...invitations].sort(),
    deployKeys,
  };
}

export async function collectSubjects(client: GitHubClient, options: SubjectOptions): Promise<Snapshot> {
  const coverage = new Coverage();
  const ctx: CollectContext = { client, org: options.org, coverage, logger: options.logger ?? quietLogger };
  const snapshot = emptySnapshot(options.org, options.now.toISOString());
  snapshot.people = await mapWithConcurrency(uniqueLogins(options.logins), concurrencyOf(ctx), (login) =>
    readPerson(ctx, login),
  );
  // From here on, GitHub's spelling of each login (`Alice` given, `alice` found).
  const logins = snapshot.people.map((person) => person.login);
  snapshot.scope = { kind: 'subjects', logins };
  snapshot.defaultRepositoryPermission = await readDefaultPermission(ctx);
  snapshot.teams = logins.length > 0 ? await collectTeams(ctx, logins) : [];

  const repositories = new Map<string, Repository>();
  const collaborators: CollaboratorRecord[] = [];
  for (const login of logins) {
    const found = await collectRepositories(ctx, login);
    for (const r of found.repositories) repositories.set(r.nameWithOwner, r);
    collaborators.push(...found.collaborators.filter((c) => sameLogin(c.login, login)));
  }
  snapshot.repositories = [...repositories.values()];
  const subjects = new LoginSet(logins);
  const members = new LoginSet(snapshot.people.filter((p) => p.orgRole !== null).map((p) => p.login));
  for (const person of snapshot.people) {
    person.outsideCollaborator =
      person.orgRole === null && collaborators.some((c) => sameLogin(c.login, person.login));
  }
  snapshot.grants = deriveGrants({
    collaborators,
    teams: snapshot.teams,
    members,
    defaultRepositoryPermission: snapshot.defaultRepositoryPermission,
  }).filter((g) => subjects.has(g.login));

  const from = new Date(options.now.getTime() - options.activityWindowDays * DAY_MS);
  snapshot.activityWindow = { from: from.toISOString(), to: options.now.toISOString() };
  const gapsBefore = coverage.gaps.length;
  snapshot.auditEvents = await eventsAbout(
    ctx,
    logins,
    new Date(Math.max(from.getTime(), options.now.getTime() - 180 * DAY_MS)),
  );
  const plan = await proportionalPlan(ctx, options, snapshot, logins, coverage.gaps.length > gapsBefore);
  snapshot.readBasis = plan.basis;

  const invitationRepos =
    plan.invitations ??
    (options.invitationRepositories === undefined || options.invitationRepositories === 'all'
      ? snapshot.repositories.map((r) => r.nameWithOwner)
      : options.invitationRepositories);
  const invitations = [
    ...(await collectOrgInvitations(ctx)),
    ...(await collectRepoInvitations(ctx, invitationRepos)),
  ];
  const emails = new Set(
    snapshot.people.flatMap((p) =>
      [...p.verifiedEmails, ...(p.samlIdentity?.emails ?? [])].map((e) => e.toLowerCase()),
    ),
  );
  snapshot.invitations = invitations.filter(
    (i) =>
      (i.login !== null && subjects.has(i.login)) || (i.email !== null && emails.has(i.email.toLowerCase())),
  );
  snapshot.patGrants = (await collectPatGrants(ctx, logins)).filter((g) => subjects.has(g.owner));
  snapshot.credentialAuthorizations = (
    await Promise.all(logins.map((login) => collectCredentialAuthorizations(ctx, login)))
  )
    .flat()
    .filter((c) => subjects.has(c.login));
  snapshot.copilotSeats = await collectCopilotSeats(ctx, logins);
  if (options.enterprise) {
    snapshot.enterprise = await collectEnterprise(ctx, options.enterprise, { logins });
    snapshot.copilotSeats.push(...(await collectEnterpriseCopilotSeats(ctx, options.enterprise, logins)));
  }
  const keyRepos = plan.deployKeys
    ? snapshot.repositories.filter((r) => plan.deployKeys?.has(r.nameWithOwner))
    : snapshot.repositories;
  snapshot.deployKeys = (await collectDeployKeys(ctx, keyRepos)).filter(
    (k) => k.addedBy !== null && subjects.has(k.addedBy),
  );

  // Secrets they could read or wrote: repositories they can write, the ones named by the
  // caller, those where they wrote a secret, and every organization secret (the offboarding
  // rules decide which org secrets were visible to those repositories).
  const secretRepos = new Set(
    snapshot.grants.filter((g) => permissionAtLeast(g.permission, 'write')).map((g) => g.repo.toLowerCase()),
  );
  for (const repo of options.secretRepositories ?? []) secretRepos.add(repo.toLowerCase());
  for (const event of snapshot.auditEvents) {
    if (event.repo && /_secret$/.test(event.action) && event.actor && subjects.has(event.actor)) {
      secretRepos.add(event.repo.toLowerCase());
    }
  }
  snapshot.secrets = [
    ...(await collectOrgSecrets(ctx)),
    ...(await collectRepoSecrets(
      ctx,
      snapshot.repositories.filter((r) => secretRepos.has(r.nameWithOwner.toLowerCase())),
    )),
  ];

  const orgId = await ctx.coverage.read(gaps.organization(options.org, 'contributions'), HINTS.members, () =>
    readGraphql<{ organization: { id: string } | null }>(client, ORGANIZATION_ID_QUERY, { org: options.org }),
  );
  const organizationId = orgId?.data?.organization?.id;
  if (organizationId) {
    snapshot.contributions = await collectPeopleActivity(ctx, logins, {
      organizationId,
      now: options.now,
      windowDays: options.activityWindowDays,
    });
  }
  snapshot.coverage = coverage.gaps;
  return snapshot;
}
