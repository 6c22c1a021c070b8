// Checks that need more than the files: the findings (unused exemptions), the clock (expired
// exemptions) and the organization (routing labels and teams exist). A lookup that is missing
// or fails is reported as "not checked", never as "fine".
import type { Clock, Finding } from '../model.js';
import {
  describeExemptionScope,
  isExemptionActive,
  isExpiryTooFar,
  latestAllowedExpiry,
  unusedExemptions,
  utcDay,
} from './exemptions.js';
import { policyError, type PolicyError } from './policy-error.js';
import type { Policy } from './types.js';

export interface RoutingLookups {
  labelExists(name: string): Promise<boolean>;
  teamExists(slug: string): Promise<boolean>;
}

export interface PolicyCheckContext {
  /** Findings before exemptions; enables the unused-exemption warning. */
  findings?: readonly Finding[];
  /** Enables the expired-exemption warning. */
  clock?: Clock;
  /** Enables the routing target checks. */
  lookups?: RoutingLookups;
}

export interface PolicyCheckResult {
  errors: PolicyError[];
  warnings: PolicyError[];
  /** Routing targets whose lookup failed: unread, so the caller reports them as coverage gaps. */
  unchecked: { kind: 'label' | 'team'; name: string; reason: string }[];
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function checkRoutingTargets(
  policy: Policy,
  lookups: RoutingLookups | undefined,
  result: PolicyCheckResult,
): Promise<void> {
  const routes = policy.routing.filter((route) => route.labels.length > 0 || route.teams.length > 0);
  if (routes.length === 0) return;
  if (!lookups) {
    const first = routes[0].location;
    const where = first ?? { path: policy.sources[0] ?? 'policy', line: 1, column: 1 };
    result.warnings.push(
      policyError(
        where,
        'routing labels and teams were not checked: no token could read the repository labels and organization teams',
        'Run the validation with a token that can read labels and teams to check them.',
      ),
    );
    return;
  }
  const cache = new Map<string, Promise<boolean>>();
  const exists = (kind: 'label' | 'team', name: string): Promise<boolean> => {
    const key = `${kind}\u0000${name}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = kind === 'label' ? lookups.labelExists(name) : lookups.teamExists(name);
      cache.set(key, pending);
    }
    return pending;
  };
  for (const route of routes) {
    const where = route.location ?? { path: policy.sources[0] ?? 'policy', line: 1, column: 1 };
    const targets = [
      ...route.labels.map((name) => ({ kind: 'label' as const, name })),
      ...route.teams.map((name) => ({ kind: 'team' as const, name })),
    ];
    for (const target of targets) {
      try {
        if (!(await exists(target.kind, target.name))) {
          result.errors.push(
            policyError(
              where,
              target.kind === 'label'
                ? `routing label \`${target.name}\` does not exist in the repository`
                : `routing team \`${target.name}\` does not exist in the organization`,
              target.kind === 'label'
                ? 'Create the label, or fix its name.'
                : 'Use an existing team slug (the URL name of the team).',
            ),
          );
        }
      } catch (error) {
        result.unchecked.push({ kind: target.kind, name: target.name, reason: message(error) });
        result.warnings.push(
          policyError(
            where,
            `routing ${target.kind} \`${target.name}\` was not checked: ${message(error)}`,
            'Re-run the validation; check the token can read it.',
          ),
        );
      }
    }
  }
}

export async function checkPolicyAgainst(
  policy: Policy,
  context: PolicyCheckContext,
): Promise<PolicyCheckResult> {
  const result: PolicyCheckResult = { errors: [], warnings: [], unchecked: [] };
  if (context.clock) {
    const today = utcDay(context.clock);
    for (const exemption of policy.exemptions) {
      if (isExpiryTooFar(exemption, policy, today)) {
        result.errors.push(
          policyError(
            exemption.location,
            `exemption expires on ${exemption.expires}, later than the policy allows (${latestAllowedExpiry(policy, today)}); it would not apply`,
            'Set `expires` at most `rules.policy-invalid.exemption-max-days` days ahead (366 by default), and renew it after review.',
          ),
        );
      }
      if (!isExemptionActive(exemption, today)) {
        result.warnings.push(
          policyError(
            exemption.location,
            `exemption expired on ${exemption.expires} and no longer applies (${describeExemptionScope(exemption)})`,
            'Renew it with a new `expires` date after review, or remove it.',
          ),
        );
      }
    }
  }
  if (context.findings) result.warnings.push(...unusedExemptions(policy, context.findings, context.clock));
  await checkRoutingTargets(policy, context.lookups, result);
  return result;
}
