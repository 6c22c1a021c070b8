// Relay connections the way GitHub serves them: opaque base64 cursors, `totalCount`,
// `pageInfo`, `edges { cursor node … }` and `nodes`. Bounds (`first`/`last` required, ≤100)
// are checked before execution in analysis.ts; the checks here guard direct use.

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export function encodeCursor(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw new Error(`\`${cursor}\` does not appear to be a valid cursor.`);
  return Number(m[1]);
}

export interface Connection {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: Record<string, unknown>[];
  nodes: unknown[];
}

/** `toEdge` returns the edge's fields (`node` plus edge extras such as `role` or `permission`). */
export function connection<T>(
  items: T[],
  args: PageArgs,
  toEdge: (item: T) => { node: unknown } & Record<string, unknown>,
): Connection {
  let start = 0;
  let end = items.length;
  if (args.after) start = Math.max(start, decodeCursor(args.after) + 1);
  if (args.before) end = Math.min(end, decodeCursor(args.before));
  if (typeof args.first === 'number') end = Math.min(end, start + Math.max(0, args.first));
  if (typeof args.last === 'number') start = Math.max(start, end - Math.max(0, args.last));
  const edges = items
    .slice(start, Math.max(start, end))
    .map((item, i) => ({ cursor: encodeCursor(start + i), ...toEdge(item) }));
  return {
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    edges,
    nodes: edges.map((e) => e.node),
  };
}
