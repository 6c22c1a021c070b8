// Secrets (names and dates only; values are never readable): organization Actions and
// Dependabot secrets with their selected repositories, repository secrets, environment secrets.
import { mapWithConcurrency } from '../github/concurrency.js';
import type { Repository, Secret, SecretKind } from '../model.js';
import { gaps } from '../coverage/gap-scope.js';
import { HINTS } from './coverage.js';
import { concurrencyOf, type CollectContext } from './context.js';
import { listRest, str } from './rest-list.js';

const ORG_ROUTES: Record<SecretKind, string> = {
  actions: 'GET /orgs/{org}/actions/secrets',
  dependabot: 'GET /orgs/{org}/dependabot/secrets',
};
const REPO_ROUTES: Record<SecretKind, string> = {
  actions: 'GET /repos/{owner}/{repo}/actions/secrets',
  dependabot: 'GET /repos/{owner}/{repo}/dependabot/secrets',
};

export async function collectOrgSecrets(ctx: CollectContext): Promise<Secret[]> {
  const secrets: Secret[] = [];
  for (const kind of ['actions', 'dependabot'] as const) {
    const hint = kind === 'actions' ? HINTS.orgSecrets : HINTS.orgDependabotSecrets;
    const raw = await ctx.coverage.read(gaps.organization(ctx.org, kind === 'actions' ? 'actions-secrets' : 'dependabot-secrets'), hint, () =>
      listRest(ctx, ORG_ROUTES[kind], { org: ctx.org }),
    );
    const listed = await mapWithConcurrency(raw ?? [], concurrencyOf(ctx), async (r) => {
      const name = str(r.name) ?? '';
      const visibility = (str(r.visibility) ?? 'all') as 'all' | 'private' | 'selected';
      let selectedRepositories: string[] | null = null;
      if (visibility === 'selected') {
        const repos = await ctx.coverage.read(gaps.organizationSecret(ctx.org, name, 'repositories'), hint, () =>
          listRest(ctx, `${ORG_ROUTES[kind]}/{secret_name}/repositories`, {
            org: ctx.org,
            secret_name: name,
          }),
        );
        selectedRepositories = repos
          ? repos.map((repo) => str(repo.full_name) ?? `${ctx.org}/${str(repo.name) ?? ''}`)
          : null;
      }
      const secret: Secret = {
        scope: 'organization',
        kind,
        name,
        createdAt: str(r.created_at) ?? '',
        updatedAt: str(r.updated_at) ?? '',
        visibility,
        selectedRepositories,
      };
      return secret;
    });
    secrets.push(...listed);
  }
  return secrets;
}

/** Repository and environment secrets of the given repositories (environment names from Q3). */
export async function collectRepoSecrets(ctx: CollectContext, repositories: Repository[]): Promise<Secret[]> {
  const perRepo = await mapWithConcurrency(repositories, concurrencyOf(ctx), async (repository) => {
    const repo = repository.nameWithOwner;
    const [owner, name] = repo.split('/');
    const secrets: Secret[] = [];
    for (const kind of ['actions', 'dependabot'] as const) {
      const hint = kind === 'actions' ? HINTS.repoSecrets : HINTS.repoDependabotSecrets;
      const raw = await ctx.coverage.read(
        gaps.repository(repo, kind === 'actions' ? 'secrets' : 'dependabot-secrets'),
        hint,
        () => listRest(ctx, REPO_ROUTES[kind], { owner, repo: name }),
      );
      for (const r of raw ?? []) {
        secrets.push({
          scope: 'repository',
          kind,
          name: str(r.name) ?? '',
          repo,
          createdAt: str(r.created_at) ?? '',
          updatedAt: str(r.updated_at) ?? '',
        });
      }
    }
    for (const environment of repository.environments) {
      const raw = await ctx.coverage.read(
        gaps.environment(repo, environment, 'secrets'),
        HINTS.environmentSecrets,
        () =>
          listRest(ctx, 'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets', {
            owner,
            repo: name,
            environment_name: environment,
          }),
      );
      for (const r of raw ?? []) {
        secrets.push({
          scope: 'environment',
          kind: 'actions',
          name: str(r.name) ?? '',
          repo,
          environment,
          createdAt: str(r.created_at) ?? '',
          updatedAt: str(r.updated_at) ?? '',
        });
      }
    }
    return secrets;
  });
  return perRepo.flat();
}
