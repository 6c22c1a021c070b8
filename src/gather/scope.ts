// Which organizations a run covers: the `organizations` input, else every organization of the
// `enterprise` (listing them needs an enterprise member's token: a refusal is a named gap and
// the run falls back to `organization`), else `organization` alone.
import { collectEnterpriseOrganizations } from '../collectors/collect-enterprise.js';
import { Coverage } from '../collectors/coverage.js';
import type { CoverageGap } from '../model.js';
import type { RunContext } from '../run-context.js';

export interface Scope {
  enterprise: string | null;
  organizations: string[];
  gaps: CoverageGap[];
}

export async function gatherScope(ctx: RunContext): Promise<Scope> {
  const { inputs } = ctx;
  if (inputs.organizations.length > 0)
    return { enterprise: inputs.enterprise, organizations: inputs.organizations, gaps: [] };
  if (!inputs.enterprise) return { enterprise: null, organizations: [inputs.organization], gaps: [] };
  const coverage = new Coverage();
  const listed = await collectEnterpriseOrganizations(
    { client: ctx.client, org: inputs.organization, coverage, logger: ctx.logger },
    inputs.enterprise,
  );
  if (!listed || listed.length === 0) {
    const gaps = listed
      ? [
          {
            resource: `enterprise:${inputs.enterprise}/organizations`,
            reason: 'the enterprise lists no organization this token can see',
          },
        ]
      : coverage.gaps;
    return { enterprise: inputs.enterprise, organizations: [inputs.organization], gaps };
  }
  return { enterprise: inputs.enterprise, organizations: listed, gaps: [] };
}

