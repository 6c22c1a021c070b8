// Every read is accounted: a failure becomes a coverage gap that names the resource and says how
// to fix it, and collection carries on. "Could not read" is never reported as "nothing there".
import { gapId, type GapScope } from '../coverage/gap-scope.js';
import type { CoverageGap } from '../model.js';
import { describeError, type AccessHint } from '../github/errors.js';

export type { AccessHint } from '../github/errors.js';

/** Turns any error from the client into a reason a person can act on (src/github/errors.ts). */
export const describeFailure: (error: unknown, hint?: AccessHint) => string = describeError;

export class Coverage {
  private readonly byKey = new Map<string, CoverageGap>();

  add(scope: GapScope, reason: string): void {
    const resource = gapId(scope);
    const key = `${resource}\u0000${reason}`;
    if (!this.byKey.has(key)) this.byKey.set(key, { resource, reason });
  }

  has(scope: GapScope): boolean {
    const resource = gapId(scope);
    return [...this.byKey.values()].some((gap) => gap.resource === resource);
  }

  get gaps(): CoverageGap[] {
    return [...this.byKey.values()];
  }

  /** Runs one read; on failure records the gap and returns undefined so the caller goes on. */
  async read<T>(scope: GapScope, hint: AccessHint, read: () => Promise<T>): Promise<T | undefined> {
    try {
      return await read();
    } catch (error) {
      this.add(scope, describeFailure(error, hint));
      return undefined;
    }
  }
}

// Reasons shared by the organization and the per-person collection.
export const HINTS = {
  members: { forbidden: 'the token needs the organization Members read permission' },
  administration: { forbidden: 'the token needs the organization Administration read permission' },
  repoAdministration: { forbidden: 'the token needs the repository Administration read permission' },
  orgSecrets: { forbidden: 'the token needs the organization Secrets read permission' },
  orgDependabotSecrets: { forbidden: 'the token needs the organization Dependabot secrets read permission' },
  repoSecrets: { forbidden: 'the token needs the repository Secrets read permission' },
  repoDependabotSecrets: { forbidden: 'the token needs the repository Dependabot secrets read permission' },
  environmentSecrets: { forbidden: 'the token needs the repository Environments or Secrets read permission' },
  patGrants: {
    forbidden:
      'only a GitHub App installation token can list fine-grained PAT grants (Personal access tokens read)',
    notFound: 'fine-grained PAT grants are listed only for a GitHub App installation',
  },
  credentialAuthorizations: {
    forbidden:
      'the token must belong to an owner (classic read:org) or a GitHub App with Administration read',
    notFound: 'needs GitHub Enterprise Cloud with SAML SSO',
  },
  copilotSeats: {
    forbidden:
      'the token needs the organization GitHub Copilot Business read permission (classic PAT of an owner: manage_billing:copilot or read:org)',
    notFound:
      'the organization has no Copilot Business or Enterprise subscription, or the token cannot see it',
  },
  enterpriseCopilotSeats: {
    forbidden:
      "enterprise-assigned Copilot seats need an enterprise owner's or billing manager's token (manage_billing:copilot or read:enterprise), or a GitHub App with Enterprise Copilot Business read",
    notFound: 'the enterprise does not exist, has no Copilot subscription, or the token cannot see it',
  },
  scim: {
    forbidden:
      'the token needs the organization Members read permission (classic PAT of an owner: admin:org)',
    notFound:
      'SCIM provisioning needs GitHub Enterprise Cloud with SAML SSO and an identity provider that provisions through SCIM',
  },
  enterpriseOrganizations: {
    forbidden:
      "listing the enterprise's organizations needs an enterprise member's token (classic PAT with read:enterprise); a GitHub App installation token reads its one organization only — or name them in `organizations`",
    notFound:
      "the enterprise does not exist or the token cannot see it (use an enterprise member's token with read:enterprise, or name the organizations in `organizations`)",
  },
  enterpriseTeams: {
    forbidden:
      "enterprise teams are readable only with an enterprise owner's token (classic PAT with read:enterprise); a GitHub App installation token cannot read them",
    notFound:
      "the enterprise does not exist or the token cannot see its teams (use an enterprise owner's token with read:enterprise)",
  },
  enterprise: {
    forbidden:
      "enterprise membership is readable only with an enterprise owner's token (classic PAT with read:enterprise); a GitHub App installation token cannot read it",
    notFound:
      "the enterprise does not exist or the token cannot see it (use an enterprise owner's token with read:enterprise)",
  },
  auditLog: {
    forbidden: 'the token needs the organization Administration read permission (or read:audit_log)',
    notFound: 'the audit-log API needs GitHub Enterprise Cloud',
  },
} satisfies Record<string, AccessHint>;
