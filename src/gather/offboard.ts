// What an offboarding reads: the tracking issues (who is being offboarded, what they held),
// the identities behind e-mail subjects, and each person's access; after revocations, each
// revoked person's access again. One person's failure never stops the others.
import { auditSnapshotOf, type AuditSnapshot } from '../collectors/audit-snapshot.js';
import { collectSubjects } from '../collectors/collect-subjects.js';
import { gatherHistory } from './state.js';
import { findAccount, tokenIdentity } from '../collectors/find-account.js';
import { findPeopleByEmail } from '../collectors/find-people-by-email.js';
import { activityWindowDays } from '../evaluate/activity-windows.js';
import { collectOrgEvents, type OrgEvents } from '../collectors/collect-org-events.js';
import { settingsOf } from '../rules/finding.js';
import {
  damagedFailure,
  inventoryOf,
  offboardedAtOf,
  trackingStates,
  type OffboardGathered,
  type SubjectGathered,
  type Tracked,
} from '../evaluate/offboard.js';
import type { CoverageGap, IdentityCandidate, Snapshot } from '../model.js';
import { parseSubjects, resolveSubject, type SubjectInput } from '../offboarding/subjects.js';
import type { Inventory, InventoryKind } from '../offboarding/types.js';
import { describeError } from '../reporters/request-error.js';
import type { AppliedRemediation } from '../modes/mode.js';
import type { RunContext } from '../run-context.js';
import { inventoryFor } from '../offboarding/scope.js';
import { gatherScope } from './scope.js';
import { isPrimary } from '../run-context.js';
import { readRoster } from '../roster/read-roster.js';
import { listTrackingIssues } from './tracking-issues.js';

/**
 * Candidates for e-mail subjects: first the e-mails recorded at `pre` (after removal the
 * SAML link and verified e-mails are gone), then the organization's identities.
 */
async function emailCandidates(
  ctx: RunContext,
  subjects: SubjectInput[],
  tracked: Map<string, Tracked>,
): Promise<{ candidates: IdentityCandidate[]; gaps: CoverageGap[] }> {
  const emails = subjects.filter((s) => s.kind === 'email').map((s) => s.value.toLowerCase());
  const candidates: IdentityCandidate[] = [];
  for (const { state } of tracked.values()) {
    for (const email of state.inventory.emails) {
      if (emails.includes(email.toLowerCase())) candidates.push({ login: state.subject, matchedBy: 'recorded-email', value: email });
    }
  }
  const unknown = emails.filter((email) => !candidates.some((c) => c.value.toLowerCase() === email));
  if (unknown.length === 0) return { candidates, gaps: [] };
  const found = await findPeopleByEmail(ctx.client, ctx.inputs.organization, unknown);
  return { candidates: [...candidates, ...found.candidates], gaps: found.coverage };
}

/** Repositories the inventory ties to items of these kinds (from each item's `repo` or `target`). */
function repositoriesOf(inventory: Inventory, kinds: readonly InventoryKind[]): string[] {
  const repos = new Set<string>();
  for (const item of inventory.items) {
    if (!kinds.includes(item.kind)) continue;
    const { repo, target } = item.detail;
    if (typeof repo === 'string') repos.add(repo);
    else if (typeof target === 'string' && target.startsWith('repo:')) repos.add(target.slice('repo:'.length));
  }
  return [...repos];
}

/** The last audit's snapshot, read once per run from the state (read only; the audit owns it). */
const auditSnapshots = new WeakMap<RunContext, Promise<AuditSnapshot | { unusable: string }>>();
function auditSnapshotFor(ctx: RunContext): Promise<AuditSnapshot | { unusable: string }> {
  let snapshot = auditSnapshots.get(ctx);
  if (!snapshot) {
    // Its ETags also go into the client's cache, so what is read live is asked conditionally.
    snapshot = gatherHistory(ctx).then(
      (state) => auditSnapshotOf(state, ctx.clock.now()),
      () => ({ unusable: 'the audit state could not be read' }),
    );
    auditSnapshots.set(ctx, snapshot);
  }
  return snapshot;
}

/**
 * One organization's read of the person: the action's organization by default; another
 * organization of the scope reads its own access only (the enterprise's holdings are read once,
 * with the action's organization, and the audit state is the action's organization's).
 */
async function collect(
  ctx: RunContext,
  login: string,
  scopeInventory: Inventory | null,
  org = ctx.inputs.organization,
): Promise<Snapshot> {
  const primary = isPrimary(ctx, org);
  // With an inventory, only what it ties to this organization.
  const inventory = scopeInventory ? inventoryFor(scopeInventory, org, ctx.inputs.organization) : null;
  return collectSubjects(ctx.client, {
    auditSnapshot: primary
      ? await auditSnapshotFor(ctx)
      : { unusable: `${org} is another organization of the scope; its audit state is kept by its own audits` },
    org,
    logins: [login],
    now: ctx.clock.now(),
    activityWindowDays: activityWindowDays(ctx.loaded.policy),
    logger: ctx.logger,
    ...(ctx.inputs.enterprise && primary ? { enterprise: ctx.inputs.enterprise } : {}),
    // With an inventory, repository invitations are read only where the person had access.
    ...(inventory
      ? {
          invitationRepositories: repositoriesOf(inventory, ['invitation', 'repo-access']),
          secretRepositories: repositoriesOf(inventory, ['secret']),
          deployKeyRepositories: repositoriesOf(inventory, ['deploy-key']),
        }
      : {}),
  });
}

/**
 * Every actor's audit-log events from the person's `offboarded-at` to now, for
 * `offboarded-ip-activity`; not read when the rule is off or no address of theirs is known
 * (nothing could match, and the audit log's hourly budget is spared).
 */
async function eventsSinceDeparture(ctx: RunContext, subject: SubjectGathered): Promise<OrgEvents[] | null> {
  if (!settingsOf(ctx.loaded.policy, 'offboarded-ip-activity').enabled) return null;
  const offboardedAt = offboardedAtOf(ctx, subject);
  const others = subject.others ?? [];
  const known = inventoryOf(subject, ctx).knownIps.length > 0;
  const own = [subject.snapshot, ...others.map((other) => other.snapshot)].some((snapshot) =>
    snapshot.auditEvents.some((event) => event.ip !== null && event.at <= offboardedAt),
  );
  if (!known && !own) return null;
  // An address the person used in one organization can be used by someone else in any other of
  // the scope: each organization's log is read (or named as a gap), not only the action's.
  const reads: OrgEvents[] = [];
  for (const org of [ctx.inputs.organization, ...others.map((other) => other.organization)]) {
    reads.push(await collectOrgEvents(ctx.client, { org, from: new Date(offboardedAt), to: ctx.clock.now() }));
  }
  return reads;
}

/**
 * The reads before any person: the tracking issues, the subjects (given, or the open tracking
 * issues of a scheduled `post`) within the run's cap, the identities behind e-mails, and — when
 * remediation may run — whose token this is. Subjects are then read one by one (`gatherNextSubject`).
 */
export async function gatherOffboardStart(ctx: RunContext): Promise<OffboardGathered> {
  const { inputs, logger } = ctx;
  const listed = await listTrackingIssues(ctx);
  const { tracked, damaged } = trackingStates(listed);
  // No subjects (a scheduled `post`): every offboarding whose tracking issue is still open.
  const all = parseSubjects(
    inputs.subjects.length > 0
      ? inputs.subjects
      : [
          ...[...tracked.values()].filter((t) => t.open).map((t) => t.state.subject),
          ...[...damaged.values()].filter((d) => d.open).map((d) => d.subject),
        ],
  );
  if (all.length === 0) logger.info('No subjects given and no open tracking issue: nothing to verify.');
  // The cap bounds the work one event can ask for; the rest is reported, never silently dropped.
  const subjects = all.slice(0, inputs.maxSubjects);
  const overCap = all.slice(inputs.maxSubjects).map((subject) => ({
    failure: {
      subject: subject.value,
      reason: `not processed: the run takes at most ${inputs.maxSubjects} subjects (input \`max-subjects\`); send it again in another run`,
    },
  }));
  // A scheduled `post` with HR's roster also starts the verification of every person it lists
  // as terminated whose e-mail still matches an account's identity, against the roster's date.
  const terminated =
    inputs.roster && inputs.subjects.length === 0 && inputs.phase === 'post'
      ? (await readRoster(inputs.workspace, inputs.roster)).filter((row) => row.status === 'terminated')
      : [];
  const identities = await emailCandidates(
    ctx,
    [...subjects, ...terminated.map((row) => ({ kind: 'email' as const, value: row.email }))],
    tracked,
  );
  const rosterStarted: Record<string, string> = {};
  for (const row of terminated) {
    const match = resolveSubject({ kind: 'email', value: row.email }, identities.candidates);
    // Only a live identity starts one: an e-mail recorded in a tracking issue is that issue's.
    if (!('login' in match) || match.matchedBy === 'recorded-email' || !row.terminatedAt) continue;
    if (subjects.some((s) => s.value.toLowerCase() === match.login.toLowerCase())) continue;
    if (subjects.length >= inputs.maxSubjects) {
      overCap.push({ failure: { subject: match.login, reason: `terminated in the roster (${row.source}) but not processed: the run takes at most ${inputs.maxSubjects} subjects (input \`max-subjects\`)` } });
      continue;
    }
    subjects.push({ kind: 'login', value: match.login });
    rosterStarted[match.login.toLowerCase()] = row.terminatedAt;
    logger.info(`${match.login}: terminated in the roster (${row.source}) and still matched by ${match.matchedBy}; verifying.`);
  }
  // The scope's other organizations: the person is read in each, for one tracking issue.
  const scope = await gatherScope(ctx);
  const others = scope.organizations.filter((org) => !isPrimary(ctx, org));
  // Remediation never revokes the token's own access: whose token this is, when it may act.
  const remediating = ctx.loaded.policy.offboarding.remediate && inputs.phase === 'post';
  const identity = remediating ? await tokenIdentity(ctx.client) : null;
  return {
    listed,
    identityGaps: [...identities.gaps, ...scope.gaps],
    otherOrganizations: others,
    subjects: [],
    tokenIdentity: identity,
    pending: { subjects, candidates: identities.candidates, overCap, rosterStarted },
  };
}

/** Reads the next pending person (in the order given); null when none is left. */
export async function gatherNextSubject(gathered: OffboardGathered, ctx: RunContext): Promise<OffboardGathered | null> {
  const { pending } = gathered;
  if (!pending) return null;
  const [subject, ...rest] = pending.subjects;
  if (!subject) {
    // The subjects over the cap are reported last, as failures.
    return pending.overCap.length > 0 ? { ...gathered, subjects: [...gathered.subjects, ...pending.overCap], pending: null } : null;
  }
  const next = { ...gathered, pending: { ...pending, subjects: rest } };
  const entry = await gatherSubject(ctx, subject, pending, trackingStates(gathered.listed), gathered.otherOrganizations ?? []);
  return { ...next, subjects: [...gathered.subjects, entry] };
}

async function gatherSubject(
  ctx: RunContext,
  subject: SubjectInput,
  { candidates, rosterStarted }: NonNullable<OffboardGathered['pending']>,
  { tracked, damaged }: ReturnType<typeof trackingStates>,
  otherOrganizations: readonly string[],
): Promise<OffboardGathered['subjects'][number]> {
  const resolution = resolveSubject(subject, candidates);
  if ('error' in resolution) return { failure: { subject: subject.value, reason: resolution.error } };
  const broken = damaged.get(resolution.login.toLowerCase());
  // Rebuilding the inventory over a damaged state would overwrite what `pre` recorded and what was ticked.
  if (broken) return { failure: damagedFailure(ctx, resolution.login, broken) };
  const person = tracked.get(resolution.login.toLowerCase());
  // A login nobody tracks yet must be an account: an unknown one is a failed subject, not an issue.
  const account = person || subject.kind !== 'login' ? null : await findAccount(ctx.client, resolution.login);
  if (account && !account.found) return { failure: { subject: subject.value, reason: account.reason } };
  const login = account?.login ?? resolution.login;
  try {
    // At `post`, with an inventory, only where the person had access is read.
    const held = ctx.inputs.phase === 'pre' ? null : (person?.state.inventory ?? null);
    const snapshot = await collect(ctx, login, held);
    const others = [];
    for (const organization of otherOrganizations) {
      others.push({ organization, snapshot: await collect(ctx, login, held, organization) });
    }
    const reads: SubjectGathered = {
      input: subject.value,
      login,
      tracked: person,
      snapshot,
      firstSnapshot: snapshot,
      remediation: null,
      orgEvents: null,
      ...(others.length > 0 ? { others } : {}),
      ...(rosterStarted?.[login.toLowerCase()] ? { rosterTerminatedAt: rosterStarted[login.toLowerCase()] } : {}),
    };
    return { gathered: { ...reads, orgEvents: ctx.inputs.phase === 'post' ? await eventsSinceDeparture(ctx, reads) : null } };
  } catch (error) {
    return { failure: { subject: login, reason: describeError(error) } };
  }
}

/** Every person at once (tests and callers that do not publish as they go). */
export async function gatherOffboard(ctx: RunContext): Promise<OffboardGathered> {
  let gathered = await gatherOffboardStart(ctx);
  for (let next = await gatherNextSubject(gathered, ctx); next; next = await gatherNextSubject(gathered, ctx)) gathered = next;
  return gathered;
}

/** Reads again the access of each person something was revoked from: the report describes GitHub, not the plan. */
export async function regatherOffboard(gathered: OffboardGathered, applied: AppliedRemediation, ctx: RunContext): Promise<OffboardGathered> {
  const subjects: OffboardGathered['subjects'] = [];
  for (const entry of gathered.subjects) {
    const results = 'gathered' in entry ? applied.get(entry.gathered.login.toLowerCase()) : undefined;
    if (!('gathered' in entry) || !results) {
      subjects.push(entry);
      continue;
    }
    const subject: SubjectGathered = entry.gathered;
    try {
      const snapshot = await collect(ctx, subject.login, inventoryOf(subject, ctx));
      subjects.push({ gathered: { ...subject, snapshot, remediation: results } });
    } catch (error) {
      subjects.push({ failure: { subject: subject.login, reason: describeError(error) } });
    }
  }
  return { ...gathered, subjects };
}
