// Deploy key details (last use, who added it) exist only in REST; GraphQL's totalCount picks
// the repositories worth asking, so an organization with few keys costs few requests.
import { mapWithConcurrency } from '../github/concurrency.js';
import type { DeployKey, Repository } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { HINTS } from './coverage.js';
import { concurrencyOf, type CollectContext } from './context.js';
import { listRest, num, str, type RestRecord } from './rest-list.js';

export function toDeployKey(repo: string, raw: RestRecord): DeployKey {
  return {
    repo,
    id: num(raw.id) ?? 0,
    title: str(raw.title) ?? '',
    readOnly: raw.read_only !== false,
    createdAt: str(raw.created_at) ?? '',
    lastUsedAt: str(raw.last_used),
    addedBy: str(raw.added_by),
  };
}

export async function collectDeployKeys(
  ctx: CollectContext,
  repositories: Repository[],
): Promise<DeployKey[]> {
  const withKeys = repositories.filter((r) => r.deployKeyCount > 0);
  const perRepo = await mapWithConcurrency(withKeys, concurrencyOf(ctx), async (repo) => {
    const [owner, name] = repo.nameWithOwner.split('/');
    const keys = await ctx.coverage.read(
      gaps.repository(repo.nameWithOwner, 'deploy-keys'),
      HINTS.repoAdministration,
      () => listRest(ctx, 'GET /repos/{owner}/{repo}/keys', { owner, repo: name }),
    );
    return (keys ?? []).map((raw) => toDeployKey(repo.nameWithOwner, raw));
  });
  return perRepo.flat();
}
