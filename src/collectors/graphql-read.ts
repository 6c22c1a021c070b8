// GraphQL answers can be partial: a denied field comes back null with an error at its `path`
// while the rest of the page is good. We keep the data and hand the errors to the caller, who
// turns each into a coverage gap for that resource.
import type { GitHubClient } from '../github/types.js';

export interface GraphqlFieldError {
  message: string;
  type?: string;
  path: (string | number)[];
}

export interface GraphqlResult<T> {
  data: T | null;
  errors: GraphqlFieldError[];
}

interface ResponseErrorShape {
  name?: string;
  data?: unknown;
  errors?: { message?: string; type?: string; path?: (string | number)[] }[];
}

export async function readGraphql<T>(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlResult<T>> {
  try {
    return { data: await client.graphql<T>(query, variables), errors: [] };
  } catch (error) {
    const e = error as ResponseErrorShape;
    // A whole-request failure (no data, or rate limited) is the caller's to record as one gap.
    const rateLimited = e.errors?.some((x) => x.type === 'RATE_LIMITED');
    if (e.name !== 'GraphqlResponseError' || !e.data || rateLimited) throw error;
    const errors = (e.errors ?? []).map((x) => ({
      message: x.message ?? 'GraphQL error',
      type: x.type,
      path: x.path ?? [],
    }));
    return { data: e.data as T, errors };
  }
}

/** `FORBIDDEN: Resource not accessible by integration` — short and readable in a gap reason. */
export function graphqlReason(error: GraphqlFieldError): string {
  return `GraphQL ${error.type ?? 'error'}: ${error.message}`;
}

/**
 * The error that nulled list item `index` of a connection at `[...prefix, 'nodes', index, …]`:
 * a denied non-null field (`Team.members`, `Repository.deployKeys`) nulls its whole parent
 * node, so the item is lost and its list is incomplete.
 */
export function errorUnderNode(
  errors: GraphqlFieldError[],
  depth: number,
  index: number,
): GraphqlFieldError | undefined {
  return errors.find((e) => e.path[depth] === 'nodes' && e.path[depth + 1] === index);
}

/**
 * Errors that mean something could not be read. `user(login:)` answering NOT_FOUND means the
 * account no longer exists — a normal state after offboarding, so "nothing there", not a gap.
 */
export function readErrors(errors: GraphqlFieldError[]): GraphqlFieldError[] {
  return errors.filter((e) => !(e.type === 'NOT_FOUND' && e.path.length === 1 && e.path[0] === 'user'));
}
