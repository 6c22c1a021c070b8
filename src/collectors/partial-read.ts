// One per-repository part read as far as the budget allows, in the plan's order; every
// repository it cannot afford becomes a named gap (`repo:<owner>/<name>/secrets`: deferred by
// the rate-limit budget) instead of the whole part being skipped.
import type { RestBudget } from '../github/budget.js';
import { mapWithConcurrency } from '../github/concurrency.js';
import type { Repository } from '../model.js';
import { concurrencyOf, type CollectContext } from './context.js';
import { DEFERRED_REASON, deferredResource, type RepositoryPart } from '../coverage/read-record.js';

export interface PartialRead<T> {
  items: T[];
  /** Repositories whose part was read (a failed read is a gap of its own, and counts as tried). */
  read: string[];
  deferred: string[];
}

export async function readWithinBudget<T>(
  ctx: CollectContext,
  part: RepositoryPart,
  ordered: readonly Repository[],
  budget: RestBudget,
  estimate: (repository: Repository) => number,
  read: (repository: Repository) => Promise<T[]>,
): Promise<PartialRead<T>> {
  const result: PartialRead<T> = { items: [], read: [], deferred: [] };
  let exhausted = false;
  await mapWithConcurrency(ordered, concurrencyOf(ctx), async (repository) => {
    const cost = estimate(repository);
    // Once one repository did not fit, the rest wait for the next run in the plan's order:
    // a cheaper one further down must not jump the queue of those read least recently.
    if (exhausted || !budget.take(cost)) {
      exhausted = true;
      result.deferred.push(repository.nameWithOwner);
      ctx.coverage.add(deferredResource(repository.nameWithOwner, part), DEFERRED_REASON);
      return;
    }
    try {
      result.items.push(...(await read(repository)));
      result.read.push(repository.nameWithOwner);
    } finally {
      budget.settle(cost);
    }
  });
  if (result.deferred.length > 0) {
    ctx.logger.warning(
      `${part}: ${result.deferred.length} of ${ordered.length} repositories deferred by the rate-limit budget (${budget.reserve} requests kept for reporting and the state)`,
    );
  }
  return result;
}
