import type { GitHubClient } from '../github/types.js';
import type { Coverage } from './coverage.js';
import type { Logger } from '../logger.js';

/** Collectors log progress and gaps where the run logs everything else. */
export type CollectLogger = Logger;

/** What every collector receives: the client, the organization and the gap ledger. */
export interface CollectContext {
  client: GitHubClient;
  org: string;
  coverage: Coverage;
  logger: CollectLogger;
  /** Serve lists from the state's copy (the ETag cache) without a request, when it has them. */
  fromState?: boolean;
}

export const quietLogger: CollectLogger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
};

export function concurrencyOf(ctx: CollectContext): number {
  return ctx.client.maxConcurrency ?? 8;
}

/** GraphQL enums are upper case; the model speaks GitHub's REST words. */
export function repoPermission(value: string): 'admin' | 'maintain' | 'write' | 'triage' | 'read' {
  switch (value.toUpperCase()) {
    case 'ADMIN':
      return 'admin';
    case 'MAINTAIN':
      return 'maintain';
    case 'WRITE':
    case 'PUSH':
      return 'write';
    case 'TRIAGE':
      return 'triage';
    default:
      return 'read';
  }
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
