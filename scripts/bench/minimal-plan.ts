// The API map's "proposed minimal request plan", evaluated for a concrete simulated org, so the
// benchmark can say how close the collector comes to it. Limited to what this action reads
// (the plan also lists variables and Codespaces secrets, which no rule uses).
import type { SimOrg } from '../../simulator/state.js';

const pages = (n: number, size = 100) => Math.max(1, Math.ceil(n / size));

export interface PlanCounts {
  graphqlRequests: number;
  restRequests: number;
  /** The plan as written in the API map (5R + R_k + 2E + org-level), for reference. */
  restRequestsFullPlan: number;
}

export function minimalPlan(
  org: SimOrg,
  options: { activityWindowDays: number; resolutionDays: number; membersPerQuery: number; now: Date },
): PlanCounts {
  const M = org.members.length;
  const T = org.teams.length;
  const R = org.repos.length;
  const X = org.saml_identities.length;
  const E = org.repos.reduce((n, r) => n + r.environments.length, 0);
  const Rk = org.repos.filter((r) => r.deploy_keys.length > 0).length;
  const W = Math.ceil(options.activityWindowDays / options.resolutionDays);
  const from = options.now.getTime() - Math.min(options.activityWindowDays, 180) * 86_400_000;
  const N = org.audit_log.filter((e) => e['@timestamp'] >= from).length;
  const Gs = org.pat_grants.filter((g) => g.repository_selection === 'subset').length;
  const Ssel = [...org.org_secrets, ...org.org_dependabot_secrets].filter(
    (s) => s.visibility === 'selected',
  ).length;
  // Outside collaborators are not in membersWithRole: their activity is one exact query each.
  const O = org.outside_collaborators.length;
  const graphqlRequests = pages(M) + pages(T) + pages(R) + pages(X) + W * pages(M, options.membersPerQuery) + O;
  const orgLevel =
    pages(org.invitations.length) +
    pages(org.pat_grants.length) +
    Gs +
    pages(org.credential_authorizations.length) +
    2 +
    Ssel +
    pages(N);
  const restRequests = 3 * R + Rk + E + orgLevel;
  const restRequestsFullPlan =
    5 * R +
    Rk +
    2 * E +
    orgLevel +
    pages(org.failed_invitations.length) +
    pages(org.outside_collaborators.length) +
    2;
  return { graphqlRequests, restRequests, restRequestsFullPlan };
}
