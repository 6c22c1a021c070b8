// Check runs with GitHub's documented limits: at most 50 annotations per request (more go
// through repeated PATCHes, which append), and summary/text of at most 65535 characters.

import type { SimCheckRun } from '../state.js';
import type { RestHandler, RestRequest } from './context.js';
import { notFound, requireBody, tick, validationFailed } from './context.js';
import { writableRepo } from './issues.js';
import { paginate } from './pagination.js';

const MAX_ANNOTATIONS = 50;
const MAX_TEXT = 65535;
const ANNOTATION_LEVELS = ['notice', 'warning', 'failure'];

function checkOutput(
  output: unknown,
): { title?: string; summary?: string; text?: string; annotations: unknown[] } | undefined {
  if (output === undefined) return undefined;
  if (!output || typeof output !== 'object')
    throw validationFailed("Invalid request.\n\nFor 'properties/output', it is not an object.");
  const o = output as Record<string, unknown>;
  if (typeof o.title !== 'string' || typeof o.summary !== 'string') {
    throw validationFailed('Invalid request.\n\n"title", "summary" weren\'t supplied.');
  }
  for (const field of ['summary', 'text', 'title'] as const) {
    const v = o[field];
    if (typeof v === 'string' && v.length > MAX_TEXT) {
      throw validationFailed(
        `Invalid request.\n\nOnly ${MAX_TEXT} characters are allowed; ${v.length} were supplied.`,
        [{ resource: 'CheckRun', field: `output.${field}`, code: 'too_long' }],
      );
    }
  }
  const annotations = o.annotations === undefined ? [] : o.annotations;
  if (!Array.isArray(annotations))
    throw validationFailed("Invalid request.\n\nFor 'properties/annotations', it is not an array.");
  if (annotations.length > MAX_ANNOTATIONS) {
    throw validationFailed(
      `Invalid request.\n\nFor 'properties/annotations', ${annotations.length} items were supplied, but only ${MAX_ANNOTATIONS} are allowed.`,
    );
  }
  for (const a of annotations as Record<string, unknown>[]) {
    const missing = ['path', 'start_line', 'end_line', 'annotation_level', 'message'].filter(
      (k) => a?.[k] === undefined,
    );
    if (missing.length)
      throw validationFailed(
        `Invalid request.\n\n${missing.map((m) => `"${m}"`).join(', ')} weren't supplied.`,
      );
    if (!ANNOTATION_LEVELS.includes(String(a.annotation_level)))
      throw validationFailed('Invalid request.\n\nInvalid annotation_level.');
  }
  return {
    title: o.title,
    summary: o.summary,
    text: typeof o.text === 'string' ? o.text : undefined,
    annotations,
  };
}

function checkRunShape(req: RestRequest, run: SimCheckRun): Record<string, unknown> {
  const api = `${req.baseUrl}/repos/${req.org.login}/${run.repo}/check-runs/${run.id}`;
  return {
    id: run.id,
    node_id: `CR_sim${run.id}`,
    head_sha: run.head_sha,
    external_id: '',
    url: api,
    html_url: `https://github.com/${req.org.login}/${run.repo}/runs/${run.id}`,
    details_url: `https://github.com/${req.org.login}/${run.repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id },
    app: null,
    pull_requests: [],
  };
}

function applyStatus(run: SimCheckRun, body: Record<string, unknown>, now: string): void {
  if (typeof body.status === 'string') {
    if (!['queued', 'in_progress', 'completed'].includes(body.status))
      throw validationFailed('Validation Failed', [
        { resource: 'CheckRun', field: 'status', code: 'invalid' },
      ]);
    run.status = body.status as SimCheckRun['status'];
  }
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') {
    if (!run.conclusion)
      throw validationFailed('Invalid request.\n\nNo conclusion given for a completed check run.');
    run.completed_at = typeof body.completed_at === 'string' ? body.completed_at : (run.completed_at ?? now);
  }
}

const createCheckRun: RestHandler = (req) => {
  const repo = writableRepo(req);
  const body = requireBody(req);
  if (typeof body.name !== 'string' || typeof body.head_sha !== 'string')
    throw validationFailed('Invalid request.\n\n"name", "head_sha" weren\'t supplied.');
  const output = checkOutput(body.output);
  const now = tick(req.org);
  const runs = req.org.check_runs;
  const run: SimCheckRun = {
    id: runs.reduce((m, r) => Math.max(m, r.id), 3000) + 1,
    repo,
    name: body.name,
    head_sha: body.head_sha,
    status: 'queued',
    conclusion: null,
    started_at: typeof body.started_at === 'string' ? body.started_at : now,
    completed_at: null,
    output: {
      title: output?.title ?? null,
      summary: output?.summary ?? null,
      text: output?.text ?? null,
      annotations: output?.annotations ?? [],
    },
  };
  applyStatus(run, body, now);
  runs.push(run);
  return { status: 201, body: checkRunShape(req, run) };
};

function findRun(req: RestRequest): SimCheckRun {
  const repo = writableRepo(req);
  const run = req.org.check_runs.find((r) => r.repo === repo && String(r.id) === req.params.check_run_id);
  if (!run) throw notFound();
  return run;
}

const updateCheckRun: RestHandler = (req) => {
  const run = findRun(req);
  const body = requireBody(req);
  const output = checkOutput(body.output);
  const now = tick(req.org);
  if (typeof body.name === 'string') run.name = body.name;
  if (output) {
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    if (output.text !== undefined) run.output.text = output.text;
    // PATCH appends annotations, which is how more than 50 reach one run.
    run.output.annotations.push(...output.annotations);
  }
  applyStatus(run, body, now);
  return { status: 200, body: checkRunShape(req, run) };
};

const getCheckRun: RestHandler = (req) => ({ status: 200, body: checkRunShape(req, findRun(req)) });

const listForRef: RestHandler = (req) => {
  const repo = writableRepo(req);
  const ref = req.params.ref;
  const branch = req.org.branches.find((b) => b.repo === repo && b.name === ref.replace(/^heads\//, ''));
  const sha = branch?.sha ?? ref;
  const name = req.query.get('check_name');
  const runs = req.org.check_runs
    .filter((r) => r.repo === repo && r.head_sha === sha && (!name || r.name === name))
    .reverse();
  const page = paginate(req, runs);
  return {
    status: 200,
    headers: page.headers,
    body: { total_count: runs.length, check_runs: page.items.map((r) => checkRunShape(req, r)) },
  };
};

export const checkRunRoutes: Record<string, RestHandler> = {
  'POST /repos/{owner}/{repo}/check-runs': createCheckRun,
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': updateCheckRun,
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}': getCheckRun,
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': listForRef,
};
