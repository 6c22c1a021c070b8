// What every stage receives: the parsed inputs, the one client, the clock, the resolved policy,
// the state store the host chose and where files go. Built once by the pipeline
// (src/pipeline/run.ts); nothing below builds its own client or store.
import { join } from 'node:path';
import type { EtagCache } from './github/etag-cache.js';
import type { GitHubClient } from './github/types.js';
import type { Inputs } from './inputs.js';
import type { Logger } from './logger.js';
import { systemClock, fixedClock, type Clock } from './model.js';
import type { LoadedPolicy } from './policy/index.js';
import type { Repo } from './reporters/issue-sync.js';
import type { StateStore } from './state/types.js';

export type { Logger } from './logger.js';

export interface RunContext {
  inputs: Inputs;
  /** Reads the organization (and remediates, when the policy opts in): the `token` input. */
  client: GitHubClient;
  /**
   * Reads and writes the repository that runs the action (`actionRepo`): check runs, issues,
   * tracking issues, the state branch, the base policy. The `github-token` input, so the App
   * behind `token` needs no write permission on that repository.
   */
  repoClient: GitHubClient;
  etagCache: EtagCache;
  clock: Clock;
  loaded: LoadedPolicy;
  logger: Logger;
  /** The audit history, where the host keeps it. */
  store: StateStore;
  /** Where the JSON report, SARIF and plans are written. */
  outDir: string;
  /** The repository that runs the action: issues, check runs and state live there. */
  actionRepo: Repo;
  /** The PR head for pull_request, else GITHUB_SHA. */
  headSha: string;
  runUrl: string | null;
  /** Nothing can be written (a fork's pull request): results go to the summary and exit code. */
  readOnly: boolean;
}

/**
 * The clock the rules use. `OFFBOARDING_SENTINEL_NOW` pins it (replaying a past audit, and the
 * simulator's scenarios, which have a fixed "now"); otherwise it is the system clock.
 */
export function clockFrom(env: Record<string, string | undefined>): Clock {
  const pinned = env.OFFBOARDING_SENTINEL_NOW;
  if (!pinned) return systemClock;
  const at = new Date(pinned);
  if (Number.isNaN(at.getTime())) throw new Error(`OFFBOARDING_SENTINEL_NOW is "${pinned}"; use an ISO-8601 time.`);
  return fixedClock(at);
}

export function outputDirectory(inputs: Inputs): string {
  return join(inputs.runnerTemp, 'offboarding-sentinel');
}

export function runUrlOf(inputs: Inputs): string | null {
  if (!inputs.runId) return null;
  return `${inputs.serverUrl}/${inputs.repository.owner}/${inputs.repository.repo}/actions/runs/${inputs.runId}`;
}

/** The action's organization: its stored history is the run's. */
export function isPrimary(ctx: RunContext, org: string): boolean {
  return org.toLowerCase() === ctx.inputs.organization.toLowerCase();
}
