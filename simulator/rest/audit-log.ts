// `GET /orgs/{org}/audit-log` (GHEC only): the `phrase` search qualifiers the product uses,
// `include`, `order` and cursor pagination through `after`/`before` in the Link header.

import type { SimAuditEvent, SimOrg } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { notFound, requireOrg, sameLogin, validationFailed } from './context.js';
import { perPageOf } from './pagination.js';

type Predicate = (e: SimAuditEvent) => boolean;

const DAY_MS = 86_400_000;

function tokenize(phrase: string): string[] {
  return phrase.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
}

function unquote(v: string): string {
  return v.replace(/^"|"$/g, '');
}

/** `created:` accepts `>=D`, `>D`, `<=D`, `<D`, `D` (that day) and `A..B`. */
function createdPredicate(value: string): Predicate {
  const parse = (d: string): number => {
    const t = Date.parse(d);
    if (Number.isNaN(t)) throw validationFailed(`Invalid created qualifier: ${value}`);
    return t;
  };
  const dayEnd = (d: string): number => (d.length <= 10 ? parse(d) + DAY_MS : parse(d) + 1);
  const m = /^(>=|<=|>|<)?(.+)$/.exec(value)!;
  const op = m[1];
  const rest = m[2];
  if (!op && rest.includes('..')) {
    const [a, b] = rest.split('..');
    return (e) => e['@timestamp'] >= parse(a) && e['@timestamp'] < dayEnd(b);
  }
  switch (op) {
    case '>=':
      return (e) => e['@timestamp'] >= parse(rest);
    case '>':
      return (e) => e['@timestamp'] >= dayEnd(rest);
    case '<=':
      return (e) => e['@timestamp'] < dayEnd(rest);
    case '<':
      return (e) => e['@timestamp'] < parse(rest);
    default:
      return (e) => e['@timestamp'] >= parse(rest) && e['@timestamp'] < dayEnd(rest);
  }
}

function actionMatches(action: string, wanted: string): boolean {
  return wanted.includes('.') ? action === wanted : action.startsWith(`${wanted}.`);
}

export function phrasePredicates(phrase: string): { predicates: Predicate[]; hasCreated: boolean } {
  const predicates: Predicate[] = [];
  let hasCreated = false;
  for (const token of tokenize(phrase)) {
    const negated = token.startsWith('-');
    const body = negated ? token.slice(1) : token;
    const idx = body.indexOf(':');
    if (idx < 0) continue;
    const key = body.slice(0, idx);
    const value = unquote(body.slice(idx + 1));
    let p: Predicate | undefined;
    switch (key) {
      case 'actor':
        p = (e) => sameLogin(e.actor, value);
        break;
      case 'user':
        p = (e) => sameLogin(e.user, value);
        break;
      case 'action':
        p = (e) => actionMatches(e.action, value);
        break;
      case 'repo':
        p = (e) => typeof e.repo === 'string' && e.repo.toLowerCase() === value.toLowerCase();
        break;
      case 'created':
        hasCreated = true;
        p = createdPredicate(value);
        break;
      default:
        // Any other field compares as text (`operation:`, `country:` and the like on stored events).
        p = (e) => {
          const field = e[key];
          return (
            (typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') &&
            String(field) === value
          );
        };
    }
    predicates.push(negated ? (e) => !p(e) : p);
  }
  return { predicates, hasCreated };
}

function encodeCursor(e: SimAuditEvent): string {
  return Buffer.from(`${e['@timestamp']}|${e._document_id}`).toString('base64url');
}

/** Where each event id first appears in a search's list (a scan per page is quadratic in the log). */
const positions = new WeakMap<SimAuditEvent[], Map<string, number>>();

function cursorIndex(list: SimAuditEvent[], cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = decoded.slice(decoded.indexOf('|') + 1);
  let byId = positions.get(list);
  if (!byId) {
    byId = new Map();
    for (const [i, e] of list.entries()) if (!byId.has(e._document_id)) byId.set(e._document_id, i);
    positions.set(list, byId);
  }
  const i = byId.get(id) ?? -1;
  if (i < 0) throw validationFailed('Invalid cursor');
  return i;
}

// The last search per log, for the next page of it: paging through 300 pages would filter and
// sort the whole log 300 times. A log that grew (events are pushed) is searched again.
const lastSearch = new WeakMap<SimAuditEvent[], { key: string; length: number; list: SimAuditEvent[] }>();

/** The events a search matches, in its order (the cached list itself: callers only read it). */
export function filterAuditLog(org: SimOrg, query: URLSearchParams): SimAuditEvent[] {
  const key = JSON.stringify([query.get('phrase'), query.get('include'), query.get('order'), org.now]);
  const known = lastSearch.get(org.audit_log);
  if (known && known.key === key && known.length === org.audit_log.length) return known.list;
  const list = searchAuditLog(org, query);
  lastSearch.set(org.audit_log, { key, length: org.audit_log.length, list });
  return list;
}

function searchAuditLog(org: SimOrg, query: URLSearchParams): SimAuditEvent[] {
  const { predicates, hasCreated } = phrasePredicates(query.get('phrase') ?? '');
  const include = query.get('include') ?? 'web';
  // Without a `created:` qualifier GitHub searches the last three months.
  const since = hasCreated ? -Infinity : Date.parse(org.now) - 90 * DAY_MS;
  const order = query.get('order') === 'asc' ? 1 : -1;
  return org.audit_log
    .filter((e) => {
      const git = e.action.startsWith('git.');
      if (include === 'web' && git) return false;
      if (include === 'git' && !git) return false;
      return e['@timestamp'] >= since && predicates.every((p) => p(e));
    })
    .sort(
      (a, b) =>
        order * (a['@timestamp'] - b['@timestamp']) || order * a._document_id.localeCompare(b._document_id),
    );
}

function linkTo(req: RestRequest, key: 'after' | 'before' | null, cursor?: string): string {
  const q = new URLSearchParams(req.query);
  q.delete('after');
  q.delete('before');
  if (key && cursor) q.set(key, cursor);
  return `${req.baseUrl}${req.path}?${q.toString()}`;
}

const getAuditLog: RestHandler = (req) => {
  const org = requireOrg(req);
  if (!org.enterprise_cloud) throw notFound();
  const list = filterAuditLog(org, req.query);
  const perPage = perPageOf(req);
  const after = req.query.get('after');
  const before = req.query.get('before');
  let start = 0;
  if (after) start = cursorIndex(list, after) + 1;
  else if (before) start = Math.max(0, cursorIndex(list, before) - perPage);
  const end = before && !after ? cursorIndex(list, before) : start + perPage;
  const items = list.slice(start, end);
  const links: string[] = [];
  if (end < list.length && items.length)
    links.push(`<${linkTo(req, 'after', encodeCursor(items[items.length - 1]))}>; rel="next"`);
  if (start > 0 && items.length) links.push(`<${linkTo(req, 'before', encodeCursor(items[0]))}>; rel="prev"`);
  if (start > 0) links.push(`<${linkTo(req, null)}>; rel="first"`);
  const headers: Record<string, string> = links.length ? { link: links.join(', ') } : {};
  return { status: 200, body: items.map((e) => ({ ...e })), headers };
};

export const auditLogRoutes: Record<string, RestHandler> = {
  'GET /orgs/{org}/audit-log': getAuditLog,
};
