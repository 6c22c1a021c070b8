// A generic engine that keeps a set of issues in step with what a run wants them to say. It
// serves the audit's findings issues and the offboarding tracking issues alike. Each managed
// issue carries a hidden marker with its key and a hash of its content (as ossf/allstar keeps
// a hash of the result): unchanged content means no write and no comment, so a nightly run
// stays quiet until something actually changes.
import type { GitHubClient } from '../github/types.js';
import { acquireIssueLock, type IssueLockOptions } from './issue-lock.js';
import { contentHash, parseMarker, renderBody } from './issue-marker.js';
import { statusOf } from './request-error.js';

export { contentHash, marker, MARKER_PREFIX, parseMarker, renderBody } from './issue-marker.js';

export interface DesiredIssue {
  /** Stable identity of the group (`audit/acme:rule:stale-deploy-key`, `offboard/acme:alice`; see issue-keys.ts). */
  key: string;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  state: 'open' | 'closed';
  /** Comment posted when the issue is closed because `state` is `closed`. */
  closeComment?: string;
  /** The ONE comment posted when the content changed; a generic one when absent. */
  changeComment?: string;
  /**
   * Appended to the body but not hashed: run links and report paths that differ every run must
   * not make an unchanged issue look changed.
   */
  footer?: string;
}

export interface ManagedIssue {
  number: number;
  key: string;
  hash: string;
  state: 'open' | 'closed';
  /** GitHub's `state_reason`; a duplicate is never the one to reopen. */
  stateReason?: string | null;
  title: string;
  labels: string[];
  createdAt: string;
  /** The key its marker still carries when an earlier version wrote it: rewritten on the next sync. */
  migratedFrom?: string;
}

export type IssueAction =
  | { kind: 'create'; key: string; title: string; body: string; labels: string[]; assignees: string[] }
  | {
      kind: 'update';
      key: string;
      number: number;
      title: string;
      body: string;
      labels: string[];
      comment: string | null;
    }
  | {
      kind: 'reopen';
      key: string;
      number: number;
      title: string;
      body: string;
      labels: string[];
      comment: string;
    }
  | {
      kind: 'close';
      key: string;
      number: number;
      comment: string;
      reason: 'completed' | 'not_planned' | 'duplicate';
      /** New body when the content changed as it closes (a tracking issue's final state). */
      update?: { title: string; body: string; labels: string[] };
    };

export interface IssuePlan {
  /** The label every managed issue carries; apply re-lists by it to find duplicates. */
  managedLabel: string;
  /** Every label the plan uses; apply creates the missing ones first. */
  labels: string[];
  actions: IssueAction[];
  /** Keys left alone because nothing changed. */
  unchanged: string[];
}

export interface IssueSyncOptions {
  /** Close open managed issues whose key is not desired any more (false when coverage is incomplete). */
  closeMissing: boolean;
  /** Default `offboarding-sentinel`. */
  managedLabel?: string;
  /** Comment on an issue closed because its group is gone. */
  missingComment?: string;
}

const byAge = (a: ManagedIssue, b: ManagedIssue) =>
  a.createdAt.localeCompare(b.createdAt) || a.number - b.number;

export function planIssueSync(
  existing: readonly ManagedIssue[],
  desired: readonly DesiredIssue[],
  options: IssueSyncOptions,
): IssuePlan {
  const managedLabel = options.managedLabel ?? 'offboarding-sentinel';
  const plan: IssuePlan = { managedLabel, labels: [managedLabel], actions: [], unchanged: [] };
  const byKey = new Map<string, ManagedIssue[]>();
  for (const issue of existing) byKey.set(issue.key, [...(byKey.get(issue.key) ?? []), issue]);

  const wantedKeys = new Set<string>();
  for (const wanted of desired) {
    if (wantedKeys.has(wanted.key)) throw new Error(`two desired issues share the key ${wanted.key}`);
    wantedKeys.add(wanted.key);
    const labels = unique([managedLabel, ...wanted.labels]);
    for (const label of labels) if (!plan.labels.includes(label)) plan.labels.push(label);
    const hash = contentHash({ ...wanted, labels });
    const body = renderBody({ ...wanted, labels });
    const issues = [...(byKey.get(wanted.key) ?? [])].sort(byAge);
    const open = issues.filter((issue) => issue.state === 'open');
    // Never a second issue for a key: the oldest open one is the issue; newer open ones are duplicates.
    for (const duplicate of open.slice(1)) {
      plan.actions.push({
        kind: 'close',
        key: wanted.key,
        number: duplicate.number,
        reason: 'duplicate',
        comment: `Duplicate of #${open[0].number}.`,
      });
    }
    const closed = issues.filter((issue) => issue.state === 'closed');
    const current =
      open[0] ?? closed.filter((issue) => issue.stateReason !== 'duplicate').at(-1) ?? closed.at(-1);
    const changed = current !== undefined && current.hash !== hash;
    // An old marker is rewritten quietly: the issue did not change for its readers.
    const migrating = current?.migratedFrom !== undefined && !changed;
    // PATCH replaces the label set: keep labels people added by hand (triage, priority).
    const content = { title: wanted.title, body, labels: unique([...labels, ...(current?.labels ?? [])]) };

    if (wanted.state === 'open') {
      if (!current) {
        plan.actions.push({
          kind: 'create',
          key: wanted.key,
          ...content,
          labels,
          assignees: unique(wanted.assignees),
        });
      } else if (current.state === 'closed') {
        plan.actions.push({
          kind: 'reopen',
          key: wanted.key,
          number: current.number,
          ...content,
          comment: 'Reopened: this came back in the latest run.',
        });
      } else if (changed) {
        plan.actions.push({
          kind: 'update',
          key: wanted.key,
          number: current.number,
          ...content,
          comment: wanted.changeComment ?? 'Updated: the content changed in the latest run.',
        });
      } else if (migrating) {
        plan.actions.push({ kind: 'update', key: wanted.key, number: current.number, ...content, comment: null });
      } else {
        plan.unchanged.push(wanted.key);
      }
    } else if (current?.state === 'open') {
      plan.actions.push({
        kind: 'close',
        key: wanted.key,
        number: current.number,
        reason: 'completed',
        comment: wanted.closeComment ?? 'Closed: nothing is left to do.',
        ...(changed || migrating ? { update: content } : {}),
      });
    } else if (current && (changed || migrating)) {
      // Closed and staying closed, but its record changed: edit quietly, no comment.
      plan.actions.push({
        kind: 'update',
        key: wanted.key,
        number: current.number,
        ...content,
        comment: null,
      });
    } else {
      plan.unchanged.push(wanted.key);
    }
  }

  if (options.closeMissing) {
    for (const [key, issues] of [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      if (wantedKeys.has(key)) continue;
      for (const issue of issues.filter((i) => i.state === 'open').sort(byAge)) {
        plan.actions.push({
          kind: 'close',
          key,
          number: issue.number,
          reason: 'completed',
          comment: options.missingComment ?? 'Closed: the latest run found nothing left for this issue.',
        });
      }
    }
  }
  return plan;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// Reading and writing

export interface Repo {
  owner: string;
  repo: string;
}

/** An issue as the issues list API returns it (the fields we read). */
export interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  created_at: string;
  labels: (string | { name?: string })[];
  pull_request?: unknown;
}

/**
 * Every issue carrying `label`, in all states, through the issues list API (paginated). Not
 * search: search lags behind writes, which would let a rerun open a duplicate.
 */
export async function listIssuesByLabel(client: GitHubClient, repo: Repo, label: string): Promise<ListedIssue[]> {
  const listed = (await client.rest.paginate('GET /repos/{owner}/{repo}/issues', {
    ...repo,
    labels: label,
    state: 'all',
    per_page: 100,
  })) as ListedIssue[];
  return listed.filter((issue) => !issue.pull_request);
}

/** The listed issues that carry our marker. */
export function toManagedIssues(listed: readonly ListedIssue[]): ManagedIssue[] {
  const managed: ManagedIssue[] = [];
  for (const issue of listed) {
    const found = parseMarker(issue.body);
    if (!found) continue;
    managed.push({
      number: issue.number,
      key: found.key,
      hash: found.hash,
      state: issue.state === 'closed' ? 'closed' : 'open',
      stateReason: issue.state_reason ?? null,
      title: issue.title,
      labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
      createdAt: issue.created_at,
    });
  }
  return managed;
}

/** Every issue carrying `label` and our marker, in all states. */
export async function listManagedIssues(
  client: GitHubClient,
  repo: Repo,
  label: string,
): Promise<ManagedIssue[]> {
  return toManagedIssues(await listIssuesByLabel(client, repo, label));
}

export interface IssueApplyResult {
  created: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
  /** Newer issues closed because a concurrent run opened the same key first. */
  duplicatesClosed: number[];
  labelsCreated: string[];
}

async function ensureLabels(client: GitHubClient, repo: Repo, labels: readonly string[]): Promise<string[]> {
  const existing = (await client.rest.paginate('GET /repos/{owner}/{repo}/labels', {
    ...repo,
    per_page: 100,
  })) as { name: string }[];
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  const created: string[] = [];
  for (const name of labels) {
    if (have.has(name.toLowerCase())) continue;
    try {
      await client.rest.request('POST /repos/{owner}/{repo}/labels', {
        ...repo,
        name,
        color: 'b60205',
        description: 'Managed by Offboarding Sentinel',
      });
      created.push(name);
    } catch (error) {
      // 422 already_exists: a concurrent run created it between our list and our create.
      if (statusOf(error) !== 422) throw error;
    }
  }
  return created;
}

async function comment(client: GitHubClient, repo: Repo, number: number, body: string): Promise<void> {
  await client.rest.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: number,
    body,
  });
}

/**
 * The plan, checked against the issues as they are now (listed again just before writing, under
 * the lock): another run may have created, updated or closed an issue since the plan was made.
 * A create whose key now has an open issue becomes a quiet update (or nothing, if the content is
 * the same); an update or reopen whose content is already there, or a close of an issue already
 * closed, is dropped — so two runs never open the same issue twice nor comment twice.
 */
export function reconcilePlan(plan: IssuePlan, current: readonly ManagedIssue[]): IssuePlan {
  const byNumber = new Map(current.map((issue) => [issue.number, issue]));
  const openByKey = new Map<string, ManagedIssue>();
  for (const issue of [...current].sort(byAge)) {
    if (issue.state === 'open' && !openByKey.has(issue.key)) openByKey.set(issue.key, issue);
  }
  const hashOf = (body: string) => parseMarker(body)?.hash ?? null;
  const actions: IssueAction[] = [];
  const unchanged = [...plan.unchanged];
  for (const action of plan.actions) {
    if (action.kind === 'create') {
      const existing = openByKey.get(action.key);
      if (!existing) actions.push(action);
      else if (existing.hash === hashOf(action.body)) unchanged.push(action.key);
      else actions.push({ kind: 'update', key: action.key, number: existing.number, title: action.title, body: action.body, labels: unique([...action.labels, ...existing.labels]), comment: null });
      continue;
    }
    const issue = byNumber.get(action.number);
    if (!issue) {
      actions.push(action);
      continue;
    }
    if (action.kind === 'close') {
      if (issue.state === 'open') actions.push(action);
      continue;
    }
    const sameContent = issue.hash === hashOf(action.body);
    if (action.kind === 'reopen' && issue.state === 'open') {
      if (!sameContent) actions.push({ ...action, kind: 'update', comment: null });
    } else if (action.kind === 'update' && sameContent) {
      unchanged.push(action.key);
    } else {
      actions.push(action);
    }
  }
  return { ...plan, actions, unchanged };
}

export interface IssueApplyOptions {
  /** Serialize with concurrent runs through the state branch; null: no lock (tests, read-only). */
  lock?: IssueLockOptions | null;
}

export async function applyIssuePlan(
  client: GitHubClient,
  repo: Repo,
  planned: IssuePlan,
  options: IssueApplyOptions = {},
): Promise<IssueApplyResult> {
  const result: IssueApplyResult = {
    created: [],
    updated: [],
    reopened: [],
    closed: [],
    duplicatesClosed: [],
    labelsCreated: [],
  };
  if (planned.actions.length === 0) return result;
  const lock = options.lock ? await acquireIssueLock(client, repo, options.lock) : null;
  try {
    // Re-check by marker right before writing (under the lock, when we have it).
    const plan = reconcilePlan(planned, await listManagedIssues(client, repo, planned.managedLabel));
    if (plan.actions.length === 0) return result;
    await applyActions(client, repo, plan, result);
  } finally {
    await lock?.release();
  }
  return result;
}

async function applyActions(client: GitHubClient, repo: Repo, plan: IssuePlan, result: IssueApplyResult): Promise<void> {
  result.labelsCreated = await ensureLabels(client, repo, plan.labels);
  const createdKeys = new Set<string>();

  for (const action of plan.actions) {
    const issue_number = 'number' in action ? action.number : 0;
    switch (action.kind) {
      case 'create': {
        const created = await client.rest.request('POST /repos/{owner}/{repo}/issues', {
          ...repo,
          title: action.title,
          body: action.body,
          labels: action.labels,
          assignees: action.assignees,
        });
        result.created.push(created.data.number);
        createdKeys.add(action.key);
        break;
      }
      case 'update':
        await client.rest.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number,
          title: action.title,
          body: action.body,
          labels: action.labels,
        });
        if (action.comment) await comment(client, repo, issue_number, action.comment);
        result.updated.push(issue_number);
        break;
      case 'reopen':
        await client.rest.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number,
          title: action.title,
          body: action.body,
          labels: action.labels,
          state: 'open',
          state_reason: 'reopened',
        });
        await comment(client, repo, issue_number, action.comment);
        result.reopened.push(issue_number);
        break;
      case 'close':
        // Comment first, so the reason is there when the close notification arrives.
        await comment(client, repo, issue_number, action.comment);
        await client.rest.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
          ...repo,
          issue_number,
          ...(action.update ?? {}),
          state: 'closed',
          state_reason: action.reason,
        });
        (action.reason === 'duplicate' ? result.duplicatesClosed : result.closed).push(issue_number);
        break;
    }
  }

  if (createdKeys.size > 0)
    result.duplicatesClosed.push(
      ...(await closeRaceDuplicates(client, repo, plan.managedLabel, createdKeys)),
    );
}

/**
 * Two runs at once can both see "no issue" and both create one. After creating, list again:
 * where two open issues share a key, the oldest stays and the newer ones close as duplicates.
 * Both runs reach the same verdict, so exactly one issue survives whichever finishes first.
 */
async function closeRaceDuplicates(
  client: GitHubClient,
  repo: Repo,
  label: string,
  keys: ReadonlySet<string>,
): Promise<number[]> {
  const managed = await listManagedIssues(client, repo, label);
  const closed: number[] = [];
  for (const key of keys) {
    const open = managed.filter((issue) => issue.key === key && issue.state === 'open').sort(byAge);
    for (const duplicate of open.slice(1)) {
      // Without the lock a concurrent run may be closing the same duplicate: look first.
      if (!(await stillOpen(client, repo, duplicate.number))) continue;
      await comment(
        client,
        repo,
        duplicate.number,
        `Duplicate of #${open[0].number} (opened by a concurrent run).`,
      );
      await client.rest.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...repo,
        issue_number: duplicate.number,
        state: 'closed',
        state_reason: 'duplicate',
      });
      closed.push(duplicate.number);
    }
  }
  return closed;
}

async function stillOpen(client: GitHubClient, repo: Repo, issueNumber: number): Promise<boolean> {
  const issue = await client.rest.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: issueNumber });
  return issue.data.state === 'open';
}
