// Issues, issue comments, labels and issue search: what the action uses for tracking
// issues and findings issues. State lives in `scenario.org.issues` / `labels`.

import type { SimIssue, SimLabel, SimOrg } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { notFound, requireBody, requireOrg, sameLogin, tick, validationFailed } from './context.js';
import { paginate } from './pagination.js';
import { simpleUserByLogin } from './map-user.js';

/** Write-side routes work on any org repo and on the scenario's action repository. */
export function writableRepo(req: RestRequest): string {
  requireOrg(req, 'owner');
  const name = (req.params.repo ?? '').toLowerCase();
  const actionName = req.scenario.actionRepo.split('/').pop()!.toLowerCase();
  const repo = req.org.repos.find((r) => r.name.toLowerCase() === name);
  if (repo) return repo.name;
  if (name === actionName) return req.scenario.actionRepo.split('/').pop()!;
  throw notFound();
}

function labelShape(req: RestRequest, label: SimLabel): Record<string, unknown> {
  return {
    id: label.id,
    node_id: `LA_sim${label.id}`,
    url: `${req.baseUrl}/repos/${req.org.login}/${label.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  };
}

function ensureLabel(req: RestRequest, repo: string, name: string): SimLabel {
  const org = req.org;
  const existing = org.labels.find((l) => l.repo === repo && l.name.toLowerCase() === name.toLowerCase());
  if (existing) return existing;
  const label: SimLabel = { id: nextLabelId(org), repo, name, color: 'ededed', description: null };
  org.labels.push(label);
  return label;
}

function nextLabelId(org: SimOrg): number {
  return org.labels.reduce((m, l) => Math.max(m, l.id), 5000) + 1;
}

export function issueShape(req: RestRequest, issue: SimIssue): Record<string, unknown> {
  const api = `${req.baseUrl}/repos/${req.org.login}/${issue.repo}`;
  const labels = issue.labels.map((name) => labelShape(req, ensureLabel(req, issue.repo, name)));
  return {
    id: issue.id,
    node_id: issue.node_id,
    url: `${api}/issues/${issue.number}`,
    repository_url: api,
    labels_url: `${api}/issues/${issue.number}/labels{/name}`,
    comments_url: `${api}/issues/${issue.number}/comments`,
    events_url: `${api}/issues/${issue.number}/events`,
    html_url: `https://github.com/${req.org.login}/${issue.repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: simpleUserByLogin(req.baseUrl, req.org, issue.user),
    labels,
    assignee: issue.assignees.length ? simpleUserByLogin(req.baseUrl, req.org, issue.assignees[0]) : null,
    assignees: issue.assignees.map((a) => simpleUserByLogin(req.baseUrl, req.org, a)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    author_association: 'NONE',
  };
}

function findIssue(req: RestRequest, repo: string): SimIssue {
  const issue = req.org.issues.find((i) => i.repo === repo && String(i.number) === req.params.issue_number);
  if (!issue) throw notFound();
  return issue;
}

function stringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw validationFailed(`Invalid request.\n\nFor '${field}', ${JSON.stringify(value)} is not an array.`);
  // Labels may be given as names or as `{ name }` objects.
  return value.map((v: unknown) => {
    if (typeof v === 'string') return v;
    const name = (v as { name?: unknown } | null)?.name;
    if (typeof name !== 'string')
      throw validationFailed(`Invalid request.\n\nFor '${field}', ${JSON.stringify(v)} is not a string.`);
    return name;
  });
}

const listIssues: RestHandler = (req) => {
  const repo = writableRepo(req);
  const state = req.query.get('state') ?? 'open';
  const labels = (req.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const sort = req.query.get('sort') ?? 'created';
  const direction = req.query.get('direction') === 'asc' ? 1 : -1;
  const key = (i: SimIssue): string | number =>
    sort === 'updated' ? i.updated_at : sort === 'comments' ? i.comments.length : i.created_at;
  const issues = req.org.issues
    .filter((i) => i.repo === repo && (state === 'all' || i.state === state))
    .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
    .sort((a, b) =>
      key(a) < key(b) ? -direction : key(a) > key(b) ? direction : direction * (a.number - b.number),
    );
  const page = paginate(req, issues);
  return { status: 200, headers: page.headers, body: page.items.map((i) => issueShape(req, i)) };
};

const createIssue: RestHandler = (req) => {
  const repo = writableRepo(req);
  const body = requireBody(req);
  if (typeof body.title !== 'string' || !body.title)
    throw validationFailed('Validation Failed', [
      { resource: 'Issue', code: 'missing_field', field: 'title' },
    ]);
  const now = tick(req.org);
  const all = req.org.issues;
  const id = all.reduce((m, i) => Math.max(m, i.id), 7000) + 1;
  const issue: SimIssue = {
    id,
    node_id: `I_sim${id}`,
    number: all.filter((i) => i.repo === repo).reduce((m, i) => Math.max(m, i.number), 0) + 1,
    repo,
    title: body.title,
    body: typeof body.body === 'string' ? body.body : null,
    state: 'open',
    state_reason: null,
    labels: stringList(body.labels, 'labels'),
    assignees: stringList(body.assignees, 'assignees'),
    user: req.viewer,
    created_at: now,
    updated_at: now,
    closed_at: null,
    comments: [],
  };
  for (const l of issue.labels) ensureLabel(req, repo, l);
  all.push(issue);
  return { status: 201, body: issueShape(req, issue) };
};

const getIssue: RestHandler = (req) => ({
  status: 200,
  body: issueShape(req, findIssue(req, writableRepo(req))),
});

const updateIssue: RestHandler = (req) => {
  const issue = findIssue(req, writableRepo(req));
  const body = requireBody(req);
  const now = tick(req.org);
  if (typeof body.title === 'string') issue.title = body.title;
  if (typeof body.body === 'string' || body.body === null) issue.body = body.body;
  if (body.labels !== undefined) {
    issue.labels = stringList(body.labels, 'labels');
    for (const l of issue.labels) ensureLabel(req, issue.repo, l);
  }
  if (body.assignees !== undefined) issue.assignees = stringList(body.assignees, 'assignees');
  if (body.state !== undefined) {
    if (body.state !== 'open' && body.state !== 'closed')
      throw validationFailed('Validation Failed', [{ resource: 'Issue', code: 'invalid', field: 'state' }]);
    if (body.state === 'closed' && issue.state === 'open') {
      issue.closed_at = now;
      issue.state_reason = (body.state_reason as SimIssue['state_reason']) ?? 'completed';
    }
    if (body.state === 'open' && issue.state === 'closed') {
      issue.closed_at = null;
      issue.state_reason = 'reopened';
    }
    issue.state = body.state;
  } else if (typeof body.state_reason === 'string') {
    issue.state_reason = body.state_reason as SimIssue['state_reason'];
  }
  issue.updated_at = now;
  return { status: 200, body: issueShape(req, issue) };
};

function commentShape(
  req: RestRequest,
  issue: SimIssue,
  c: SimIssue['comments'][number],
): Record<string, unknown> {
  const api = `${req.baseUrl}/repos/${req.org.login}/${issue.repo}`;
  return {
    id: c.id,
    node_id: `IC_sim${c.id}`,
    url: `${api}/issues/comments/${c.id}`,
    html_url: `https://github.com/${req.org.login}/${issue.repo}/issues/${issue.number}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${issue.number}`,
    body: c.body,
    user: simpleUserByLogin(req.baseUrl, req.org, c.user),
    created_at: c.created_at,
    updated_at: c.created_at,
    author_association: 'NONE',
  };
}

const listComments: RestHandler = (req) => {
  const issue = findIssue(req, writableRepo(req));
  const page = paginate(req, issue.comments);
  return { status: 200, headers: page.headers, body: page.items.map((c) => commentShape(req, issue, c)) };
};

const createComment: RestHandler = (req) => {
  const issue = findIssue(req, writableRepo(req));
  const body = requireBody(req);
  if (typeof body.body !== 'string' || !body.body)
    throw validationFailed('Validation Failed', [
      { resource: 'IssueComment', code: 'missing_field', field: 'body' },
    ]);
  const now = tick(req.org);
  const id = req.org.issues.flatMap((i) => i.comments).reduce((m, c) => Math.max(m, c.id), 9000) + 1;
  const comment = { id, body: body.body, user: req.viewer, created_at: now };
  issue.comments.push(comment);
  issue.updated_at = now;
  return { status: 201, body: commentShape(req, issue, comment) };
};

const listLabels: RestHandler = (req) => {
  const repo = writableRepo(req);
  const page = paginate(
    req,
    req.org.labels.filter((l) => l.repo === repo),
  );
  return { status: 200, headers: page.headers, body: page.items.map((l) => labelShape(req, l)) };
};

const getLabel: RestHandler = (req) => {
  const repo = writableRepo(req);
  const label = req.org.labels.find(
    (l) => l.repo === repo && l.name.toLowerCase() === (req.params.name ?? '').toLowerCase(),
  );
  if (!label) throw notFound();
  return { status: 200, body: labelShape(req, label) };
};

const createLabel: RestHandler = (req) => {
  const repo = writableRepo(req);
  const body = requireBody(req);
  if (typeof body.name !== 'string' || !body.name)
    throw validationFailed('Validation Failed', [
      { resource: 'Label', code: 'missing_field', field: 'name' },
    ]);
  const name = body.name;
  if (req.org.labels.some((l) => l.repo === repo && l.name.toLowerCase() === name.toLowerCase())) {
    throw validationFailed('Validation Failed', [
      { resource: 'Label', code: 'already_exists', field: 'name' },
    ]);
  }
  if (typeof body.description === 'string' && body.description.length > 100) {
    throw validationFailed('Validation Failed', [
      { resource: 'Label', code: 'invalid', field: 'description' },
    ]);
  }
  const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : 'ededed';
  if (!/^[0-9a-fA-F]{6}$/.test(color))
    throw validationFailed('Validation Failed', [{ resource: 'Label', code: 'invalid', field: 'color' }]);
  tick(req.org);
  const label: SimLabel = {
    id: nextLabelId(req.org),
    repo,
    name,
    color,
    description: typeof body.description === 'string' ? body.description : null,
  };
  req.org.labels.push(label);
  return { status: 201, body: labelShape(req, label) };
};

/** `q` qualifiers: repo:, label:, is:issue|pr|open|closed, state:, author:, in:title, and free text. */
const searchIssues: RestHandler = (req) => {
  const q = req.query.get('q');
  if (!q) throw validationFailed('Validation Failed', [{ resource: 'Search', field: 'q', code: 'missing' }]);
  const tokens = q.match(/(?:[^\s"]+|"[^"]*")+/g) ?? [];
  const filters: ((i: SimIssue) => boolean)[] = [];
  const words: string[] = [];
  let titleOnly = false;
  for (const token of tokens) {
    const idx = token.indexOf(':');
    const key = idx > 0 ? token.slice(0, idx).toLowerCase() : '';
    const value = idx > 0 ? token.slice(idx + 1).replace(/^"|"$/g, '') : token.replace(/^"|"$/g, '');
    if (key === 'repo') {
      const [owner, name] = value.split('/');
      filters.push(
        (i) => sameLogin(owner, req.org.login) && i.repo.toLowerCase() === (name ?? '').toLowerCase(),
      );
    } else if (key === 'label')
      filters.push((i) => i.labels.some((l) => l.toLowerCase() === value.toLowerCase()));
    else if (key === 'is' || key === 'state' || key === 'type') {
      if (value === 'open' || value === 'closed') filters.push((i) => i.state === value);
      else if (value === 'pr' || value === 'pull-request') filters.push(() => false);
    } else if (key === 'author') filters.push((i) => sameLogin(i.user, value));
    else if (key === 'in') titleOnly = value === 'title';
    else if (key === 'org' || key === 'user') filters.push(() => sameLogin(value, req.org.login));
    else if (!key) words.push(value.toLowerCase());
  }
  const matches = req.org.issues.filter((i) => {
    if (!filters.every((f) => f(i))) return false;
    const text = (titleOnly ? i.title : `${i.title}\n${i.body ?? ''}`).toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const page = paginate(req, matches.slice(0, 1000));
  return {
    status: 200,
    headers: page.headers,
    body: {
      total_count: matches.length,
      incomplete_results: false,
      search_type: 'lexical',
      items: page.items.map((i) => ({ ...issueShape(req, i), score: 1 })),
    },
  };
};

export const issueRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': getIssue,
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': updateIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': listComments,
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': createComment,
  'GET /repos/{owner}/{repo}/labels': listLabels,
  'GET /repos/{owner}/{repo}/labels/{name}': getLabel,
  'POST /repos/{owner}/{repo}/labels': createLabel,
  'GET /search/issues': searchIssues,
};
