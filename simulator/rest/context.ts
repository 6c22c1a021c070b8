// What a REST handler receives and returns. Handlers are plain functions over the scenario's
// org; the server does auth, rate limits, ETags, validation and logging around them.

import { findBy } from '../indexes.js';
import type { Scenario, SimOrg, SimRepo, SimUser } from '../state.js';

export interface RestRequest {
  method: string;
  /** Request path without the query string. */
  path: string;
  /** OpenAPI route, e.g. `GET /orgs/{org}/members`. */
  route: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  scenario: Scenario;
  org: SimOrg;
  viewer: string;
  /** The server root, e.g. `http://127.0.0.1:43121`; every `url` field is built from it. */
  baseUrl: string;
  /** The request's Accept header (media types such as `application/vnd.github.raw+json`). */
  accept: string;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  /** Sent as is instead of JSON (the raw media type); not checked against the JSON schema. */
  raw?: string;
  headers?: Record<string, string>;
}

export type RestHandler = (req: RestRequest) => RestResponse;

/** An error answer with GitHub's `{ message, documentation_url }` body (plus extras such as `errors`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toBody(): Record<string, unknown> {
    return {
      message: this.message,
      documentation_url: 'https://docs.github.com/rest',
      status: String(this.status),
      ...this.extra,
    };
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found');
}

export function validationFailed(message: string, errors: Record<string, unknown>[] = []): HttpError {
  return new HttpError(422, message, { errors });
}

export function sameLogin(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/** Every organization the simulator serves: the action's first, then the enterprise's others. */
export function allOrgs(scenario: Scenario): SimOrg[] {
  return [scenario.org, ...(scenario.organizations ?? [])];
}

export function orgByLogin(scenario: Scenario, login: string | undefined): SimOrg | undefined {
  return allOrgs(scenario).find((org) => sameLogin(org.login, login));
}

/**
 * An account the simulator knows: in any organization's users, or an enterprise member in
 * none of them (unaffiliated), who gets a stable synthetic record.
 */
export function knownUser(scenario: Scenario, login: string): SimUser | undefined {
  for (const org of allOrgs(scenario)) {
    const user = findBy(org.users, 'login', (u) => u.login.toLowerCase(), login.toLowerCase(), (u) => sameLogin(u.login, login));
    if (user) return user;
  }
  const enterprise = scenario.enterprise;
  const inEnterprise = [
    ...(enterprise?.unaffiliated ?? []),
    ...(enterprise?.owners ?? []),
    ...(enterprise?.billing_managers ?? []),
  ];
  return inEnterprise.some((l) => sameLogin(l, login)) ? userByLogin(scenario.org, login) : undefined;
}

/** The org named in the path, or 404 (`req.org` is the one the path names, see server.ts). */
export function requireOrg(req: RestRequest, param = 'org'): SimOrg {
  if (!sameLogin(req.params[param], req.org.login)) throw notFound();
  return req.org;
}

export function requireRepo(req: RestRequest): SimRepo {
  requireOrg(req, 'owner');
  const repo = repoNamed(req.org, req.params.repo ?? '');
  if (!repo) throw notFound();
  return repo;
}

/** The repository of that name in any case, as a scan would find it (by index: 50,000 repositories). */
export function repoNamed(org: SimOrg, name: string): SimRepo | undefined {
  const wanted = name.toLowerCase();
  return findBy(org.repos, 'lowerName', (r) => r.name.toLowerCase(), wanted, (r) => r.name.toLowerCase() === wanted);
}

/** A user record for a login; logins the scenario does not list (e.g. the token's bot) get a stable synthetic id. */
export function userByLogin(org: SimOrg, login: string): SimUser {
  const known = findBy(org.users, 'login', (u) => u.login.toLowerCase(), login.toLowerCase(), (u) => sameLogin(u.login, login));
  if (known) return known;
  let hash = 0;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_000;
  const id = 90_000_000 + hash;
  return { login, id, node_id: `U_sim${id}`, name: null, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

export function requireBody(req: RestRequest): Record<string, unknown> {
  if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
    throw new HttpError(400, 'Problems parsing JSON');
  }
  return req.body as Record<string, unknown>;
}

/** Advance the scenario clock by one second per write so that written events keep their order. */
export function tick(org: SimOrg): string {
  const next = new Date(Date.parse(org.now) + 1000);
  org.now = next.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return org.now;
}

export function nextId(existing: { id: number }[], floor = 1000): number {
  return existing.reduce((max, x) => Math.max(max, x.id), floor) + 1;
}
