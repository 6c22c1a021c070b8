// The scenario generator: a seeded, deterministic simulated organization with planted cases
// (ExpectedFinding), near-misses and departures. Same options, deep-equal result.
import type { Scenario } from '../state.js';
import { addHealthyActivity, addLifecycleEvents } from './activity.js';
import { generateBackground, type OrgSize } from './background.js';
import { ACTION_REPO_NAME, createBuilder, ORG_LOGIN } from './builder.js';
import { addCast } from './cast.js';
import { plantDepartures, type DepartureKind } from './departures.js';
import { expectedLeftovers, rememberInventories } from './expected-leftovers.js';
import { plantAuditCases } from './planted-audit.js';
import type { Keep } from './revoke-access.js';

export { revokeAccess, type AccessKind, type Keep } from './revoke-access.js';
export { addLoggedSecret } from './logged-changes.js';
export { expectedLeftovers, inventoryOf } from './expected-leftovers.js';
export { AMBIGUOUS_EMAIL, CAST, EMAIL_ONLY_ADDRESS, UNKNOWN_EMAIL } from './cast.js';
export { emailsOf, loginsForEmail } from './identity.js';
export { buildAccessIndex, writableRepos } from './access.js';
export type { DepartureKind, OrgSize };

export interface ScenarioOptions {
  seed: number;
  size: 'demo' | { repos: number; people: number; teams: number };
  now?: string;
}

export const DEFAULT_NOW = '2026-11-27T03:00:00Z';
export const DEMO_SIZE: OrgSize = { repos: 60, people: 50, teams: 8 };

/**
 * What the HR automation is assumed to forget for each departure in `scenario.expected`
 * (tests may ask expectedLeftovers for any other combination).
 */
export const DEPARTURE_KEEP: Record<DepartureKind, Keep> = {
  clean: {},
  leftovers: {
    'org-membership': true,
    'repo-access': true,
    'team-membership': true,
    invitations: true,
    tokens: true,
    'deploy-keys': true,
  },
  'email-only': { tokens: true },
  'no-pre': { 'repo-access': true, tokens: true, 'deploy-keys': true },
  remediate: {
    'org-membership': true,
    'repo-access': true,
    'team-membership': true,
    tokens: true,
    'deploy-keys': true,
    invitations: true,
  },
};

export function generateScenario(options: ScenarioOptions): Scenario {
  const size = options.size === 'demo' ? DEMO_SIZE : options.size;
  const b = createBuilder(options.seed, options.now ?? DEFAULT_NOW);
  addCast(b);
  generateBackground(b, size);
  b.org.saml_identities.push({
    guid: b.ids.documentId(),
    login: null,
    name_id: 'unlinked.contractor@acme.example',
    username: 'unlinked.contractor@acme.example',
    emails: ['unlinked.contractor@acme.example'],
  });
  // Lifecycle events describe the background only; planted objects carry their own events.
  addLifecycleEvents(b);
  plantAuditCases(b);
  const joined = plantDepartures(b);
  addHealthyActivity(b, joined);
  b.org.audit_log.sort((a, c) => a['@timestamp'] - c['@timestamp']);

  const scenario: Scenario = {
    org: b.org,
    actionRepo: `${ORG_LOGIN}/${ACTION_REPO_NAME}`,
    expected: b.expected,
    nearMisses: b.nearMisses,
    departures: b.departures,
    policy: b.policy,
  };
  rememberInventories(scenario);
  for (const departure of scenario.departures) {
    scenario.expected.push(
      ...expectedLeftovers(scenario, departure.login, DEPARTURE_KEEP[departure.kind as DepartureKind]),
    );
  }
  return scenario;
}
