// `per_page`/`page` pagination with GitHub's `Link` header (`next`, `last`, `prev`, `first`).

import type { RestRequest } from './context.js';
import { validationFailed } from './context.js';

export interface Page<T> {
  items: T[];
  headers: Record<string, string>;
}

export interface PageLimits {
  defaultPerPage?: number;
  maxPerPage?: number;
}

function pageUrl(req: RestRequest, page: number): string {
  const query = new URLSearchParams(req.query);
  query.set('page', String(page));
  return `${req.baseUrl}${req.path}?${query.toString()}`;
}

export function perPageOf(req: RestRequest, limits: PageLimits = {}): number {
  const max = limits.maxPerPage ?? 100;
  const raw = req.query.get('per_page');
  const parsed = raw === null ? (limits.defaultPerPage ?? 30) : Number(raw);
  if (!Number.isInteger(parsed) || parsed < 1) throw validationFailed('Invalid per_page');
  // GitHub silently caps per_page at the endpoint's maximum.
  return Math.min(parsed, max);
}

export function paginate<T>(req: RestRequest, all: T[], limits: PageLimits = {}): Page<T> {
  const perPage = perPageOf(req, limits);
  const rawPage = Number(req.query.get('page') ?? '1');
  const page = Number.isInteger(rawPage) && rawPage >= 1 ? rawPage : 1;
  const last = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(req, page - 1)}>; rel="prev"`);
  if (page < last) links.push(`<${pageUrl(req, page + 1)}>; rel="next"`);
  if (page < last) links.push(`<${pageUrl(req, last)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(req, 1)}>; rel="first"`);
  return { items, headers: links.length ? { link: links.join(', ') } : {} };
}
