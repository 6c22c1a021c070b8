// The rate limits at the start and end of a run, for the log only: a failure to read them is
// not worth a warning.
import { describeRateLimits, readRateLimits } from '../github/budget.js';
import type { GitHubClient } from '../github/types.js';
import type { Logger } from '../logger.js';

export async function logRateLimits(client: GitHubClient, logger: Logger, when: 'start' | 'end'): Promise<void> {
  const limits = await readRateLimits(client).catch(() => null);
  if (limits) logger.info(`Rate limit at ${when}: ${describeRateLimits(limits)}`);
}
