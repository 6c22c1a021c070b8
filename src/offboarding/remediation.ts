// Opt-in revocation of what an offboarded person still holds (`offboarding.remediate`, never on
// a dry run — the caller decides). Planning is pure; applying sends one request per action and
// records each outcome, so one failure never stops the rest. Secrets are never touched: a
// secret can only be fixed by rotating the credential at its issuer, so they are listed.
import type { Clock, Finding, Snapshot } from '../model.js';
import type { GitHubClient } from '../github/types.js';
import { describeError, statusOf } from '../reporters/request-error.js';
import { findPerson, sameLogin } from './inventory.js';

export type RemediationKind =
  | 'cancel-invitation'
  | 'revoke-pat-grants'
  | 'revoke-credential'
  | 'delete-deploy-key'
  | 'remove-repo-collaborator'
  | 'remove-outside-collaborator'
  | 'remove-team-membership'
  | 'remove-org-member'
  | 'rotate-secret';

export type RemediationAction =
  | {
      type: 'request';
      kind: Exclude<RemediationKind, 'rotate-secret'>;
      /** Octokit route, `METHOD /path/{param}`. */
      route: string;
      /** Path parameters and body fields, as `client.rest.request(route, params)` takes them. */
      params: Record<string, string | number | number[]>;
      subject: string | null;
      /** The finding resources this action resolves. */
      resources: string[];
      description: string;
    }
  | {
      type: 'manual';
      kind: 'rotate-secret';
      subject: string | null;
      resources: string[];
      description: string;
    };

export interface RemediationResult {
  action: RemediationAction;
  ok: boolean;
  status: number | null;
  error: string | null;
  at: string;
  /** Not sent: a safety rule held it back (`error` says which); nothing was asked of GitHub. */
  refused?: true;
}

/** GitHub accepts at most 100 grant ids per bulk revocation. */
export const PAT_BATCH_SIZE = 100;

// Revoke credentials first (they work even without membership), then access, and the
// membership last: removing it first can make the narrower removals fail with 404.
const ORDER: RemediationKind[] = [
  'cancel-invitation',
  'revoke-pat-grants',
  'revoke-credential',
  'delete-deploy-key',
  'remove-repo-collaborator',
  'remove-outside-collaborator',
  'remove-team-membership',
  'remove-org-member',
  'rotate-secret',
];

function afterPrefix(resource: string, prefix: string): string | null {
  return resource.startsWith(prefix) ? resource.slice(prefix.length) : null;
}

function splitRepo(nameWithOwner: string): { owner: string; repo: string } | null {
  const slash = nameWithOwner.indexOf('/');
  return slash > 0 ? { owner: nameWithOwner.slice(0, slash), repo: nameWithOwner.slice(slash + 1) } : null;
}

/** The actions that would revoke what `findings` report (only the offboarding rules that have one). */
export function planRemediation(
  findings: readonly Finding[],
  snapshot: Snapshot,
  org: string,
): RemediationAction[] {
  const actions: RemediationAction[] = [];
  const request = (
    kind: Exclude<RemediationKind, 'rotate-secret'>,
    route: string,
    params: Record<string, string | number | number[]>,
    finding: Finding,
    description: string,
  ) => {
    const existing = actions.find(
      (a) => a.type === 'request' && a.route === route && JSON.stringify(a.params) === JSON.stringify(params),
    );
    if (existing) existing.resources.push(finding.resource);
    else
      actions.push({
        type: 'request',
        kind,
        route,
        params,
        subject: finding.subject,
        resources: [finding.resource],
        description,
      });
  };
  const leavingOrg = new Set(
    findings
      .filter((f) => f.rule === 'retained-org-membership' && f.subject)
      .map((f) => (f.subject as string).toLowerCase()),
  );
  // Fine-grained PAT grants are revoked together, in batches, whoever owns them.
  const patGrants: { id: number; resource: string }[] = [];

  for (const finding of findings) {
    const username = finding.subject;
    const resource = finding.resource;
    switch (finding.rule) {
      case 'retained-org-membership':
        if (username)
          request(
            'remove-org-member',
            'DELETE /orgs/{org}/members/{username}',
            { org, username },
            finding,
            `Remove ${username} from ${org}`,
          );
        break;
      case 'retained-repo-access': {
        const repo = afterPrefix(resource, 'repo:');
        const parts = repo ? splitRepo(repo) : null;
        if (!username || !repo || !parts) break;
        const person = findPerson(snapshot, username);
        const grant = snapshot.grants.find(
          (g) => sameLogin(g.login, username) && g.repo.toLowerCase() === repo.toLowerCase(),
        );
        const outside =
          (grant?.outsideCollaborator ?? finding.evidence.outsideCollaborator === true) ||
          (person !== undefined && person.orgRole === null && person.outsideCollaborator);
        if (outside) {
          request(
            'remove-outside-collaborator',
            'DELETE /orgs/{org}/outside_collaborators/{username}',
            { org, username },
            finding,
            `Remove outside collaborator ${username} from every repository of ${org}`,
          );
        } else {
          request(
            'remove-repo-collaborator',
            'DELETE /repos/{owner}/{repo}/collaborators/{username}',
            { ...parts, username },
            finding,
            `Remove ${username} as a collaborator on ${repo}`,
          );
        }
        break;
      }
      case 'retained-team-membership': {
        // Removing the member from the organization removes every team membership with it.
        const slug = afterPrefix(resource, `team:${org}/`);
        if (username && slug && !leavingOrg.has(username.toLowerCase())) {
          request(
            'remove-team-membership',
            'DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}',
            { org, team_slug: slug, username },
            finding,
            `Remove ${username} from team ${slug}`,
          );
        }
        break;
      }
      case 'pending-invitation': {
        const id = afterPrefix(resource, 'invitation:');
        if (!id) break;
        const invitation = snapshot.invitations.find((i) => i.id === id);
        const kind = invitation?.kind ?? finding.evidence.invitationKind;
        const target = invitation?.target ?? finding.evidence.target;
        const invitationId = /^\d+$/.test(id) ? Number(id) : id;
        const repo =
          kind === 'repository' && typeof target === 'string'
            ? splitRepo(target.replace(/^repo:/, ''))
            : null;
        if (repo) {
          request(
            'cancel-invitation',
            'DELETE /repos/{owner}/{repo}/invitations/{invitation_id}',
            { ...repo, invitation_id: invitationId },
            finding,
            `Cancel the invitation to ${target as string}`,
          );
        } else if (kind === 'organization' || kind === 'team') {
          // Team invitations are organization invitations that name teams.
          request(
            'cancel-invitation',
            'DELETE /orgs/{org}/invitations/{invitation_id}',
            { org, invitation_id: invitationId },
            finding,
            `Cancel the invitation to ${org}`,
          );
        }
        break;
      }
      case 'retained-token': {
        // `pat:<token id>` names the token; GitHub revokes by the grant's id, kept in the evidence.
        const grantId = finding.evidence.grantId;
        const credential = afterPrefix(resource, 'credential:');
        if (resource.startsWith('pat:') && typeof grantId === 'number' && Number.isSafeInteger(grantId)) {
          if (!patGrants.some((grant) => grant.id === grantId)) patGrants.push({ id: grantId, resource });
        } else if (credential && /^\d+$/.test(credential)) {
          request(
            'revoke-credential',
            'DELETE /orgs/{org}/credential-authorizations/{credential_id}',
            { org, credential_id: Number(credential) },
            finding,
            `Revoke SSO credential authorization ${credential}`,
          );
        }
        break;
      }
      case 'retained-deploy-key': {
        const match = /^deploy-key:([^/]+)\/(.+)\/(\d+)$/.exec(resource);
        if (match) {
          request(
            'delete-deploy-key',
            'DELETE /repos/{owner}/{repo}/keys/{key_id}',
            { owner: match[1], repo: match[2], key_id: Number(match[3]) },
            finding,
            `Delete deploy key ${match[3]} on ${match[1]}/${match[2]}`,
          );
        }
        break;
      }
      case 'unrotated-secret':
        actions.push({
          type: 'manual',
          kind: 'rotate-secret',
          subject: username,
          resources: [resource],
          description: `Rotate ${resource.replace(/^secret:/, '')} at its issuer, then update the secret`,
        });
        break;
      default:
        break;
    }
  }

  for (let start = 0; start < patGrants.length; start += PAT_BATCH_SIZE) {
    const batch = patGrants.slice(start, start + PAT_BATCH_SIZE);
    const ids = batch.map((grant) => grant.id);
    const resources = batch.map((grant) => grant.resource);
    const subjects = [
      ...new Set(findings.filter((f) => resources.includes(f.resource)).map((f) => f.subject)),
    ];
    actions.push({
      type: 'request',
      kind: 'revoke-pat-grants',
      route: 'POST /orgs/{org}/personal-access-tokens',
      params: { org, action: 'revoke', pat_ids: ids },
      subject: subjects.length === 1 ? subjects[0] : null,
      resources,
      description: `Revoke ${ids.length} fine-grained PAT grant${ids.length === 1 ? '' : 's'}`,
    });
  }
  return actions.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

// ---------------------------------------------------------------------------------------------
// Safety: what remediation may never do on its own

/** What the guard knows about the run: shared by every subject of one run. */
export interface RemediationGuard {
  /** Logins (lower case) the policy lets remediation act on although they are owners or bots. */
  privileged: ReadonlySet<string>;
  /** The token's own login, when GitHub told us (an installation token's is its `[bot]`). */
  identity: string | null;
  /** Revocations still allowed in this run, out of `max`. */
  remaining: number;
  max: number;
}

/** `spent`: revocations this run already sent (evaluating again after them must not reset the cap). */
export function remediationGuard(
  policy: { remediatePrivileged: readonly string[]; maxRevocations: number },
  identity: string | null,
  spent = 0,
): RemediationGuard {
  return {
    privileged: new Set(policy.remediatePrivileged.map((login) => login.toLowerCase())),
    identity,
    remaining: Math.max(0, policy.maxRevocations - spent),
    max: policy.maxRevocations,
  };
}

/** How many revocations these results sent (refusals sent nothing). */
export function revocationsSent(results: readonly RemediationResult[]): number {
  return results.filter((result) => !result.refused).reduce((sum, result) => sum + revocationCount(result.action), 0);
}

/** How many revocations an action makes (a bulk PAT revocation counts each grant). */
function revocationCount(action: RemediationAction): number {
  if (action.type !== 'request') return 0;
  const ids = action.params.pat_ids;
  return Array.isArray(ids) ? ids.length : 1;
}

/** Why no action may be sent for this subject at all, or null. */
function subjectRefusal(
  subject: string,
  snapshot: Snapshot,
  gapCount: number,
  guard: RemediationGuard,
): string | null {
  const key = subject.toLowerCase();
  if (guard.identity && guard.identity.toLowerCase() === key) {
    return `${subject} is the account of the token this run uses; remediation never revokes its own access`;
  }
  const person = findPerson(snapshot, subject);
  if (!guard.privileged.has(key)) {
    const fix = `list it under \`offboarding.remediate-privileged\` in the policy to allow this, or revoke by hand`;
    if (person?.orgRole === 'owner') return `${subject} is an owner of the organization; ${fix}`;
    if (person?.bot || /\[bot\]$/i.test(subject)) return `${subject} is a bot account; ${fix}`;
  }
  if (gapCount > 0) {
    return `what ${subject} holds could not all be read (${gapCount} coverage gap${gapCount === 1 ? '' : 's'}); remediation runs only on a complete picture`;
  }
  return null;
}

/**
 * Splits one subject's plan into the actions that may be sent and the refusals (recorded in the
 * tracking issue like any other outcome). Takes from `guard.remaining`, so later subjects of the
 * same run see what earlier ones used. Manual actions (rotate a secret) are neither.
 */
export function guardRemediation(
  plan: readonly RemediationAction[],
  context: { subject: string; snapshot: Snapshot; gapCount: number; guard: RemediationGuard; at: string },
): { allowed: RemediationAction[]; refused: RemediationResult[] } {
  const { guard } = context;
  const allowed: RemediationAction[] = [];
  const refused: RemediationResult[] = [];
  const refuse = (action: RemediationAction, reason: string) =>
    refused.push({ action, ok: false, status: null, error: `refused: ${reason}`, at: context.at, refused: true });
  const whole = subjectRefusal(context.subject, context.snapshot, context.gapCount, guard);
  for (const action of plan) {
    if (action.type !== 'request') continue;
    if (whole) {
      refuse(action, whole);
      continue;
    }
    const count = revocationCount(action);
    if (count > guard.remaining) {
      refuse(action, `the run's cap of ${guard.max} revocations (\`offboarding.max-revocations\`) is reached; the next run continues`);
      continue;
    }
    guard.remaining -= count;
    allowed.push(action);
  }
  return { allowed, refused };
}

/** Refusals not already recorded with the same reason: a daily run must not grow the issue daily. */
export function newRefusals(
  recorded: readonly RemediationResult[],
  refusals: readonly RemediationResult[],
): RemediationResult[] {
  const seen = new Set(
    recorded.filter((r) => r.refused).map((r) => `${r.action.description}\u0000${r.error ?? ''}`),
  );
  return refusals.filter((r) => !seen.has(`${r.action.description}\u0000${r.error ?? ''}`));
}

/** Send every request action in order; a failure is recorded and the next action still runs. */
export async function applyRemediation(
  client: GitHubClient,
  actions: readonly RemediationAction[],
  clock: Clock,
): Promise<RemediationResult[]> {
  const results: RemediationResult[] = [];
  for (const action of actions) {
    if (action.type !== 'request') continue;
    try {
      const response = await client.rest.request(action.route, action.params);
      results.push({ action, ok: true, status: response.status, error: null, at: clock.now().toISOString() });
    } catch (error) {
      results.push({
        action,
        ok: false,
        status: statusOf(error),
        error: describeError(error),
        at: clock.now().toISOString(),
      });
    }
  }
  return results;
}
