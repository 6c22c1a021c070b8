// audit-coverage-gap: every resource the collectors could not read, so a scan never passes
// for clean over what it did not see. One finding per gap resource (repeated gaps for the same
// resource are merged, their reasons kept), except the repositories a budget deferred: those are
// one finding per part of the organization, counting and naming them (a budget that defers
// 3,000 repositories' secrets is one thing to act on, not 3,000). The report's coverage gaps
// still name every repository, and keep-open reads those, so no deferred resource closes an issue.
import { gapId, gaps as gapScopes } from '../coverage/gap-scope.js';
import { DEFERRED_REASON, REPOSITORY_PARTS, type RepositoryPart } from '../coverage/read-record.js';
import type { CoverageGap, Finding } from '../model.js';
import type { Policy } from '../policy/types.js';
import { defineRule, makeFinding } from './finding.js';

/** The organization part that stands for one repository part deferred across repositories. */
const ORGANIZATION_PART = {
  'deploy-keys': 'deploy-keys',
  secrets: 'repository-secrets',
  invitations: 'repository-invitations',
} as const satisfies Record<RepositoryPart, string>;

/** Repositories named in a message; the evidence lists them all. */
const NAMED_IN_MESSAGE = 20;

/** `repo:<owner>/<name>/<part>` deferred by the budget → its owner, repository and part. */
function deferredPart(gap: CoverageGap): { owner: string; repo: string; part: RepositoryPart } | null {
  if (gap.reason !== DEFERRED_REASON) return null;
  const m = /^repo:([^/]+)\/([^/]+)\/([a-z-]+)$/.exec(gap.resource);
  const part = REPOSITORY_PARTS.find((p) => p === m?.[3]);
  return m && part ? { owner: m[1], repo: `${m[1]}/${m[2]}`, part } : null;
}

function deferredFindings(policy: Policy, gaps: readonly CoverageGap[]): Finding[] {
  const byPart = new Map<string, { owner: string; part: RepositoryPart; repositories: Set<string> }>();
  for (const gap of gaps) {
    const deferred = deferredPart(gap);
    if (!deferred) continue;
    const key = `${deferred.owner}\u0000${deferred.part}`;
    let group = byPart.get(key);
    if (!group) byPart.set(key, (group = { owner: deferred.owner, part: deferred.part, repositories: new Set() }));
    group.repositories.add(deferred.repo);
  }
  return [...byPart.values()].map(({ owner, part, repositories }) => {
    const resource = gapId(gapScopes.organization(owner, ORGANIZATION_PART[part]));
    const sorted = [...repositories].sort();
    const named = sorted.slice(0, NAMED_IN_MESSAGE).join(', ');
    const more = sorted.length > NAMED_IN_MESSAGE ? ` and ${sorted.length - NAMED_IN_MESSAGE} more` : '';
    return makeFinding(policy, 'audit-coverage-gap', {
      subject: null,
      resource,
      message: `Could not read ${part} of ${sorted.length} ${sorted.length === 1 ? 'repository' : 'repositories'} (${DEFERRED_REASON}): ${named}${more}`,
      evidence: { reason: DEFERRED_REASON, part, repositoryCount: sorted.length, repositories: sorted },
    });
  });
}

export function coverageGapFindings(policy: Policy, gaps: readonly CoverageGap[]): Finding[] {
  const reasons = new Map<string, string[]>();
  for (const gap of gaps) {
    if (deferredPart(gap)) continue;
    const list = reasons.get(gap.resource) ?? [];
    if (!list.includes(gap.reason)) list.push(gap.reason);
    reasons.set(gap.resource, list);
  }
  return [...reasons].map(([resource, list]) =>
    makeFinding(policy, 'audit-coverage-gap', {
      subject: null,
      resource,
      message: `Could not read ${resource}: ${list.join('; ')}`,
      evidence: { reason: list.join('; ') },
    }),
  ).concat(deferredFindings(policy, gaps));
}

export const auditCoverageGap = defineRule('audit-coverage-gap', ({ snapshot, policy }) =>
  coverageGapFindings(policy, snapshot.coverage),
);
