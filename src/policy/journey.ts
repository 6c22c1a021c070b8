// The offboarding journey: the steps every offboarding is expected to go through, and the
// default journey used when no policy file defines one (one GitHub-checked step per kind).
import type { InventoryKind } from '../offboarding/types.js';
import { HOUR_MS } from '../rules/time.js';
import type { JourneyStep } from './types.js';

export type GithubCheck = Extract<JourneyStep['check'], { kind: 'github' }>['what'];

/** Every `check` value a journey step may name; `manual` is ticked by a person. */
export const GITHUB_CHECKS = [
  'org-membership',
  'repo-access',
  'team-membership',
  'invitations',
  'tokens',
  'deploy-keys',
  'secrets-rotated',
] as const satisfies readonly GithubCheck[];

// Fails to compile when types.ts gains a check that this list lacks.
const _everyCheckListed: GithubCheck extends (typeof GITHUB_CHECKS)[number] ? true : never = true;
void _everyCheckListed;

/** What each GitHub-checked step removes, as inventory kinds. */
export const KINDS_OF_STEP: Readonly<Record<GithubCheck, readonly InventoryKind[]>> = {
  'org-membership': ['org-membership'],
  'repo-access': ['repo-access'],
  'team-membership': ['team-membership'],
  invitations: ['invitation'],
  tokens: ['pat', 'credential'],
  'deploy-keys': ['deploy-key'],
  'secrets-rotated': ['secret'],
};

/**
 * When a step is due: `deadlineHours` after the offboarding. The resolved policy gives every
 * step its hours; `fallbackHours` (the rule's `deadline-hours`) stands in for one without.
 */
export function stepDueAt(offboardedAt: string, deadlineHours: number, fallbackHours = deadlineHours): string {
  const hours = Number.isFinite(deadlineHours) ? deadlineHours : fallbackHours;
  return new Date(new Date(offboardedAt).getTime() + hours * HOUR_MS).toISOString();
}

export const JOURNEY_CHECKS = [...GITHUB_CHECKS, 'manual'] as const;
export type JourneyCheckName = (typeof JOURNEY_CHECKS)[number];

export function journeyCheck(name: JourneyCheckName): JourneyStep['check'] {
  return name === 'manual' ? { kind: 'manual' } : { kind: 'github', what: name };
}

const DEFAULT_STEPS: readonly { id: string; title: string; what: GithubCheck }[] = [
  { id: 'remove-org-membership', title: 'Removed from the organization', what: 'org-membership' },
  { id: 'remove-repo-access', title: 'Removed from every repository', what: 'repo-access' },
  { id: 'remove-team-membership', title: 'Removed from every team', what: 'team-membership' },
  { id: 'cancel-invitations', title: 'Open invitations cancelled', what: 'invitations' },
  { id: 'revoke-tokens', title: 'Tokens and SSO credential authorizations revoked', what: 'tokens' },
  { id: 'remove-deploy-keys', title: 'Deploy keys they added removed', what: 'deploy-keys' },
  { id: 'rotate-secrets', title: 'Secrets they could read rotated', what: 'secrets-rotated' },
];

/** The journey that applies when no policy file defines one. */
export function defaultJourney(deadlineHours: number): JourneyStep[] {
  return DEFAULT_STEPS.map((step) => ({
    id: step.id,
    title: step.title,
    deadlineHours,
    check: { kind: 'github', what: step.what },
  }));
}
