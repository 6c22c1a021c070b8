// audit-coverage-gap: every resource the collectors could not read, so a scan never passes
// for clean over what it did not see. One finding per gap resource (repeated gaps for the same
// resource are merged, their reasons kept), except the repositories a budget deferred: those are
// one finding per part of the organization, with the exact count and a bounded sample of names
// (a budget that defers 3,000 repositories' secrets is one thing to act on, not 3,000; and a
// finding naming 50,000 repositories would be megabytes in every report, SIEM record and issue).
// The report's coverage gaps still name every repository, and keep-open reads those, so no
// deferred resource closes an issue.
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

/** Repositories named in a message. */
const NAMED_IN_MESSAGE = 20;
/** Repositories listed in the evidence; the count is exact, the coverage gaps name them all. */
export const LISTED_IN_EVIDENCE = 100;
/** Where the report names every deferred repository (`repo:<owner>/<name>/<part>`). */
const FULL_LIST = 'coverage.gaps';

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
  const n = (value: number) => value.toLocaleString('en-US');
  return [...byPart.values()].map(({ owner, part, repositories }) => {
    const resource = gapId(gapScopes.organization(owner, ORGANIZATION_PART[part]));
    // In the order they were deferred, which is the reading order: the first ones named are
    // those the next run reads first (least recently read, then the riskiest).
    const ordered = [...repositories];
    const count = ordered.length;
    const named = ordered.slice(0, NAMED_IN_MESSAGE).join(', ');
    const more = count > NAMED_IN_MESSAGE ? ` and ${n(count - NAMED_IN_MESSAGE)} more` : '';
    const listed = ordered.slice(0, LISTED_IN_EVIDENCE);
    const where = count > NAMED_IN_MESSAGE ? '; each is a coverage gap of the JSON report' : '';
    return makeFinding(policy, 'audit-coverage-gap', {
      subject: null,
      resource,
      message: `Could not read ${part} of ${n(count)} ${count === 1 ? 'repository' : 'repositories'} (${DEFERRED_REASON}${where}): ${named}${more}`,
      evidence: {
        reason: DEFERRED_REASON,
        part,
        repositoryCount: count,
        repositories: listed,
        // How many are not in `repositories`, and where every one of them is named.
        repositoriesNotListed: count - listed.length,
        fullList: FULL_LIST,
      },
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
