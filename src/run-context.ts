// What every mode receives: the parsed inputs, the one client, the clock, the resolved policy
// and where files go. Built once in main.ts; nothing below builds its own client.
import * as core from '@actions/core';
import { join } from 'node:path';
import type { EtagCache } from './github/etag-cache.js';
import type { GitHubClient } from './github/types.js';
import type { Inputs } from './inputs.js';
import { systemClock, fixedClock, type Clock } from './model.js';
import type { LoadedPolicy } from './policy/index.js';
import type { Repo } from './reporters/issue-sync.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

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
