// REST lists through octokit's Link-following paginator, 100 per page. Typed loosely on purpose:
// some endpoints (credential authorizations, audit log) are GHEC-only and absent from the
// dotcom route types; the mappers below name every field they read.
import type { CollectContext } from './context.js';

export type RestRecord = Record<string, unknown>;

export async function listRest(
  ctx: CollectContext,
  route: string,
  params: Record<string, unknown>,
): Promise<RestRecord[]> {
  if (ctx.fromState) {
    const known = ctx.client.cachedList?.(route, { per_page: 100, ...params });
    if (known) return known as RestRecord[];
  }
  const paginate = ctx.client.rest.paginate as unknown as (
    route: string,
    params: Record<string, unknown>,
  ) => Promise<RestRecord[]>;
  return paginate(route, { per_page: 100, ...params });
}

export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

export function loginOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return str((value as { login?: unknown } | null | undefined)?.login);
}
