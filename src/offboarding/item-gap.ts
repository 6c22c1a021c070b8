// Which coverage gap (if any) hides an inventory item in a fresh snapshot. An item that is
// absent because it could not be read is `unknown`, never `revoked`.
//
// The ids are those the collectors write (src/collectors/, src/rules/coverage.ts): the list a
// kind is read from (`org:<org>/members`, `repo:<owner>/<name>/deploy-keys`, …), anything
// above it (`org:<org>`, `repo:<owner>/<name>`), and the parts of the item itself that were
// read separately (`secret:<org>/<NAME>/repositories`, `team:<org>/<slug>/members`).
import type { CoverageGap, Snapshot } from '../model.js';
import { enterpriseCoverageNeeds } from './enterprise-items.js';
import type { InventoryItem } from './types.js';

function sameOrAncestor(gap: string, needed: string): boolean {
  return gap === needed || needed.startsWith(`${gap}/`);
}

/** The lists whose reading an item's presence depends on. */
export function coverageNeeds(item: InventoryItem, org: string, subject: string): string[] {
  const orgId = `org:${org}`;
  const repo = typeof item.detail.repo === 'string' ? `repo:${item.detail.repo}` : null;
  switch (item.kind) {
    case 'org-membership':
      return [`${orgId}/members`, `${orgId}/membership/${subject}`];
    case 'team-membership':
      return [`${orgId}/teams`, `${item.resource}/members`];
    case 'repo-access':
      return [
        `${orgId}/repositories`,
        `${orgId}/outside-collaborators`,
        ...(repo ? [`${repo}/collaborators`] : []),
      ];
    case 'invitation': {
      const target = typeof item.detail.target === 'string' ? item.detail.target : '';
      return target.startsWith('repo:')
        ? [`${orgId}/repository-invitations`, `${target}/invitations`]
        : [`${orgId}/invitations`];
    }
    case 'pat':
      return [`${orgId}/personal-access-tokens`];
    case 'credential':
      return [`${orgId}/credential-authorizations`];
    case 'deploy-key':
      return [`${orgId}/deploy-keys`, ...(repo ? [`${repo}/deploy-keys`] : [])];
    case 'enterprise-membership':
    case 'copilot-seat':
      return enterpriseCoverageNeeds(item, org);
    case 'secret': {
      if (item.detail.scope === 'organization' || !repo) {
        // Which repositories a `selected` secret reaches decides whether it was readable.
        return [`${orgId}/actions-secrets`, `${orgId}/dependabot-secrets`, `${item.resource}/repositories`];
      }
      const environment = typeof item.detail.environment === 'string' ? item.detail.environment : null;
      return environment
        ? [`${repo}/env/${environment}/secrets`]
        : [`${orgId}/repository-secrets`, `${repo}/secrets`, `${repo}/dependabot-secrets`];
    }
  }
}

export function gapFor(snapshot: Snapshot, item: InventoryItem, subject: string): CoverageGap | null {
  const org = snapshot.organization;
  // `org:<org>` alone means nothing about the organization could be read.
  const needs = [`org:${org}`, item.resource, ...coverageNeeds(item, org, subject)].map((id) =>
    id.toLowerCase(),
  );
  return (
    snapshot.coverage.find((gap) =>
      needs.some((needed) => sameOrAncestor(gap.resource.toLowerCase(), needed)),
    ) ?? null
  );
}
