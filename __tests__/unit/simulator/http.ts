// A tiny client for simulator tests: real HTTP to 127.0.0.1, JSON in and out.

import type { Simulator } from '../../../simulator/index.js';

/** JSON off the wire: tests assert its shape rather than trusting a type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply {
  status: number;
  headers: Headers;
  body: Json;
}

export async function gh(
  sim: Simulator,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(path.startsWith('http') ? path : `${sim.url}${path}`, {
    method,
    headers: {
      authorization: `token ${sim.token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export async function graphql(
  sim: Simulator,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Reply> {
  return gh(sim, 'POST', sim.graphqlUrl, { query, variables });
}

/** The `rel` → URL map of a Link header. */
export function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part);
    if (m) out[m[2]] = m[1];
  }
  return out;
}
