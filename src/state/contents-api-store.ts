// The state as JSON on a dedicated branch of the action's repository, through the contents API,
// so nothing but the token is needed.
//
// Read raw (`application/vnd.github.raw+json`): the JSON form inlines only files up to 1 MB, and
// @octokit/request's JSON parser overflows the stack on bodies of about 9 MB, so a large
// organization's state must never come back as JSON-wrapped base64. The blob sha that an update
// needs is computed from the bytes (git's `blob <size>\0<content>`), so no second request.
//
// The ETag cache and the audit log's events — most of the bytes — are stored in
// content-addressed shards beside the main file (`state-etags/<hash>.txt`,
// `state-audit-log/<hash>.txt`), each a few MB: an unchanged shard is not written again, and no
// single string or request has to hold the whole cache. Shards no main file refers to any more
// are deleted after a write (see collectShards for why that is safe with concurrent runs).
//
// "Absent" (404) and "unreadable" (anything else) are different: after an unreadable read this
// store never writes over the file, it keeps the run's state in the output folder and says so.
// On a 409 (a concurrent run wrote first) it re-reads and merges, so two runs lose nothing.
import * as core from '@actions/core';
import { createHash } from 'node:crypto';
import type { GitHubClient } from '../github/types.js';
import { describeError, statusOf } from '../reporters/request-error.js';
import { keepPathIn, keepStateAside } from './keep-aside.js';
import { mergeStates } from './merge.js';
import type { RunState, StateRead, StateStore, StoreStatus, Warn } from './types.js';
import { parseRunState } from './types.js';

export interface ContentsApiStateOptions {
  owner: string;
  repo: string;
  /** Default `offboarding-sentinel-state`. */
  branch?: string;
  /** Default `state.json`. */
  path?: string;
  /** Where the run's state is kept when it must not be written over the stored one (the output folder). */
  keepDir?: string;
  warn?: Warn;
}

/** A part of the state kept in shards: the main file holds `{ [refsKey]: paths }` in its place. */
interface ShardedPart {
  /** In messages: "the ETag shard …". */
  what: string;
  /** The shards' folder beside the main file: `<name>-<suffix>/`. */
  suffix: string;
  refsKey: string;
  /** The packed strings (or, as stored, the references to them). */
  get(state: RunState): unknown;
  set(state: RunState, value: unknown): RunState;
  /**
   * What a shard that cannot be read costs. The ETag cache only gets colder (those lists are
   * read afresh); the audit log is whole or nothing, since a missing month would be a month
   * without events: the record is dropped (`drop`) and the run reads the whole window.
   */
  whole: boolean;
  drop: (state: RunState) => RunState;
  unreadableMessage: string;
}

const SHARDED: readonly ShardedPart[] = [
  {
    what: 'ETag',
    suffix: 'etags',
    refsKey: 'etagShards',
    get: (state) => state.etags,
    set: (state, etags) => ({ ...state, etags }),
    whole: false,
    drop: (state) => state,
    unreadableMessage: 'those lists are read afresh',
  },
  {
    what: 'audit-log',
    suffix: 'audit-log',
    refsKey: 'auditLogShards',
    get: (state) => state.auditLog?.events,
    set: (state, events) => (state.auditLog ? { ...state, auditLog: { ...state.auditLog, events } } : state),
    whole: true,
    drop: ({ auditLog: _dropped, ...state }) => ({ ...state, v: 1 }),
    unreadableMessage: 'this run reads the whole audit window again',
  },
];

const RAW = 'application/vnd.github.raw+json';
/** Concurrent writers get this many re-read-and-merge attempts before the state is kept aside. */
const MAX_MERGES = 3;
/** Deletes per write: old shards go over a few runs rather than costing one run many requests. */
const MAX_SHARD_DELETES = 20;

/** Git's blob id of the bytes: what the contents API calls the file's `sha`. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The shard paths a stored value refers to, or null when it holds its data inline. */
function refsOf(part: ShardedPart, value: unknown): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const paths = (value as Record<string, unknown>)[part.refsKey];
  return Array.isArray(paths) && paths.every((entry) => typeof entry === 'string') ? paths : null;
}

/** Every shard a state (as stored) refers to. */
function allRefs(state: RunState | null): string[] {
  return state ? SHARDED.flatMap((part) => refsOf(part, part.get(state)) ?? []) : [];
}

/** The raw body as bytes, whatever octokit made of the media type (text or an ArrayBuffer). */
function bytesOf(data: unknown): Buffer | null {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

export class ContentsApiStateStore implements StateStore {
  private readonly owner: string;
  private readonly repo: string;
  readonly branch: string;
  readonly path: string;
  private readonly keepDir: string | undefined;
  private readonly warn: Warn;
  /** Blob sha of the main file as last read; the contents API needs it to update. */
  private sha: string | null = null;
  /** Shards known to exist on the branch (read this run, or written): never written twice. */
  private readonly shards = new Set<string>();
  /** The shards the main file referred to when last read: the file a write replaces. */
  private readRefs: string[] = [];
  private last: StoreStatus;

  constructor(
    private readonly client: GitHubClient,
    options: ContentsApiStateOptions,
  ) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.branch = options.branch ?? 'offboarding-sentinel-state';
    this.path = options.path ?? 'state.json';
    this.keepDir = options.keepDir;
    this.warn = options.warn ?? core.warning;
    this.last = { status: 'absent', where: this.where() };
  }

  status(): StoreStatus {
    return { ...this.last };
  }

  async read(): Promise<RunState | null> {
    const read = await this.load();
    return read.status === 'read' ? read.state : null;
  }

  async load(): Promise<StateRead> {
    const read = await this.loadMain(true);
    this.last =
      read.status === 'unreadable'
        ? { status: 'unreadable', where: this.where(), reason: read.reason, ...this.keptAtField() }
        : { status: read.status, where: this.where() };
    if (read.status === 'unreadable') {
      this.warn(
        `Could not read the state ${this.where()} (${read.reason}); this run continues without history and will not write over it` +
          `${this.keepDir ? ` (its state is kept in ${keepPathIn(this.keepDir)})` : ''}. Repair or delete the file to let the next run store its history.`,
      );
    }
    return read;
  }

  async write(state: RunState): Promise<void> {
    if (this.last.status === 'unreadable') {
      await this.keepAside(state, `the stored state could not be read (${this.last.reason ?? 'unknown'}), so it is not written over`);
      return;
    }
    let ours: RunState;
    /** What the main file now holds: ours, or ours merged with a concurrent run's (its shards too). */
    let written: RunState;
    try {
      await this.ensureBranch();
      ours = await this.putShards(state);
      let current = ours;
      for (let attempt = 0; ; attempt++) {
        try {
          await this.putMain(current);
          written = current;
          break;
        } catch (error) {
          // 409: a concurrent run wrote since we read; 422 without sha: the file appeared.
          const status = statusOf(error);
          if ((status !== 409 && status !== 422) || attempt >= MAX_MERGES) throw error;
        }
        // Another run wrote, so it may also have collected shards this run counted on: put them
        // again (a shard that exists answers 422, which is fine) before a main file refers to them.
        this.shards.clear();
        ours = await this.putShards(state);
        const theirs = await this.loadMain(false);
        if (theirs.status === 'unreadable') {
          this.last = { status: 'unreadable', where: this.where(), reason: theirs.reason, ...this.keptAtField() };
          await this.keepAside(state, `a concurrent run's state could not be read back (${theirs.reason}), so it is not written over`);
          return;
        }
        current = theirs.status === 'read' ? mergeStates(theirs.state, ours) : ours;
      }
    } catch (error) {
      await this.keepAside(state, `could not write the state ${this.where()} (${describeError(error)}); history not updated`);
      return;
    }
    await this.collectShards(allRefs(written)).catch((error: unknown) =>
      this.warn(`Could not delete old shards of the state (${describeError(error)}); the next run tries again.`),
    );
  }

  /**
   * Deletes the shards that no main file needs any more. The rule that keeps it safe with
   * concurrent runs: a shard is deleted only when neither the main file this run just wrote,
   * nor the one it replaced, nor the one on the branch right now (re-read after listing, in
   * case a run wrote since) refers to it. A run that read an older main file and still counts on
   * its shards cannot write without a conflict (its blob sha is stale), and on a conflict it
   * puts its shards again before its main file refers to them (see write). What remains is a
   * run that is between reading the main file and reading its shards while two other runs
   * write: it warns and reads those lists afresh (a colder cache, never a wrong answer).
   */
  private async collectShards(written: readonly string[]): Promise<void> {
    const keep = new Set([...written, ...this.readRefs]);
    const entries: { path: string; sha: string }[] = [];
    for (const part of SHARDED) entries.push(...(await this.listFolder(this.folderOf(part))).filter((e) => !keep.has(e.path)));
    if (entries.length === 0) return;
    const onBranch = await this.readRaw(this.path);
    for (const path of allRefs(onBranch ? parseRunState(onBranch.toString('utf8')) : null)) keep.add(path);
    for (const entry of entries.filter((e) => !keep.has(e.path)).slice(0, MAX_SHARD_DELETES)) {
      try {
        await this.client.rest.request('DELETE /repos/{owner}/{repo}/contents/{path}', {
          owner: this.owner,
          repo: this.repo,
          path: entry.path,
          branch: this.branch,
          sha: entry.sha,
          message: 'offboarding-sentinel: delete an unreferenced state shard',
        });
      } catch (error) {
        // Gone already (404) or rewritten (409: content-addressed, so someone wants it): leave it.
        if (statusOf(error) !== 404 && statusOf(error) !== 409) throw error;
      }
      this.shards.delete(entry.path);
    }
  }

  /** The files of a folder on the state branch (none when it does not exist). */
  private async listFolder(folder: string): Promise<{ path: string; sha: string }[]> {
    let listed: unknown;
    try {
      listed = (
        await this.client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', {
          owner: this.owner,
          repo: this.repo,
          path: folder,
          ref: this.branch,
        })
      ).data;
    } catch (error) {
      if (statusOf(error) === 404) return [];
      throw error;
    }
    return (Array.isArray(listed) ? (listed as { type?: string; path?: string; sha?: string }[]) : []).filter(
      (entry): entry is { type: 'file'; path: string; sha: string } =>
        entry.type === 'file' && typeof entry.path === 'string' && typeof entry.sha === 'string',
    );
  }

  private folderOf(part: ShardedPart): string {
    return `${this.path.replace(/\.json$/, '')}-${part.suffix}`;
  }

  private where(): string {
    return `${this.owner}/${this.repo}@${this.branch}:${this.path}`;
  }

  private keptAtField(): { keptAt?: string } {
    return this.keepDir ? { keptAt: keepPathIn(this.keepDir) } : {};
  }

  private async keepAside(state: RunState, why: string): Promise<void> {
    const kept = this.keepDir ? await keepStateAside(this.keepDir, state).catch(() => null) : null;
    if (kept) this.last = { ...this.last, keptAt: kept };
    this.warn(`The state was not stored: ${why}.${kept ? ` This run's state is kept in ${kept}.` : ''}`);
  }

  /** The main file: absent, a state (with its shards read when `withShards`), or unreadable. */
  private async loadMain(withShards: boolean): Promise<StateRead> {
    let bytes: Buffer | null;
    try {
      bytes = await this.readRaw(this.path);
    } catch (error) {
      return { status: 'unreadable', reason: describeError(error) };
    }
    if (bytes === null) {
      this.sha = null;
      this.readRefs = [];
      return { status: 'absent' };
    }
    this.sha = gitBlobSha(bytes);
    let state = parseRunState(bytes.toString('utf8'));
    if (!state) return { status: 'unreadable', reason: 'the file is not a version-1 state' };
    this.readRefs = allRefs(state);
    if (withShards) {
      for (const part of SHARDED) {
        const paths = refsOf(part, part.get(state));
        if (!paths) continue;
        const packed = await this.readShards(part, paths);
        state = packed ? part.set(state, packed) : part.drop(state);
      }
    }
    return { status: 'read', state };
  }

  /**
   * A part's shards, in order; the ones that could be read when the part can do without some
   * (the ETag cache), or null when one is missing from a part that is whole or nothing.
   */
  private async readShards(part: ShardedPart, paths: readonly string[]): Promise<string[] | null> {
    const packed: string[] = [];
    for (const path of paths) {
      try {
        const bytes = await this.readRaw(path);
        if (bytes === null) throw new Error('not found');
        packed.push(bytes.toString('utf8'));
        this.shards.add(path);
      } catch (error) {
        this.warn(
          `Could not read the ${part.what} shard ${path} of the state (${describeError(error)}); ${part.unreadableMessage}.`,
        );
        if (part.whole) return null;
      }
    }
    return packed;
  }

  /** The file's bytes, or null when the branch or the file does not exist. */
  private async readRaw(path: string): Promise<Buffer | null> {
    try {
      const response = await this.client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.owner,
        repo: this.repo,
        path,
        ref: this.branch,
        headers: { accept: RAW },
      });
      const bytes = bytesOf(response.data);
      if (bytes === null) throw new Error(`${path} is not a file`);
      return bytes;
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }

  /** Writes the shards not on the branch yet; returns the state as the main file stores it. */
  private async putShards(state: RunState): Promise<RunState> {
    let stored = state;
    for (const part of SHARDED) {
      const value = part.get(state);
      const packed = typeof value === 'string' ? [value] : Array.isArray(value) ? (value as unknown[]) : null;
      if (packed === null || !packed.every((entry): entry is string => typeof entry === 'string')) continue;
      const paths: string[] = [];
      for (const text of packed) {
        const bytes = Buffer.from(text, 'utf8');
        const path = `${this.folderOf(part)}/${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.txt`;
        paths.push(path);
        if (this.shards.has(path)) continue;
        try {
          await this.put(path, bytes, null, `offboarding-sentinel: store a state shard (${part.what})`);
        } catch (error) {
          // 422 "sha wasn't supplied": the shard exists, and being content-addressed it is this one.
          if (statusOf(error) !== 422) throw error;
        }
        this.shards.add(path);
      }
      stored = part.set(stored, { [part.refsKey]: paths });
    }
    return stored;
  }

  private async putMain(state: RunState): Promise<void> {
    this.sha = await this.put(this.path, Buffer.from(`${JSON.stringify(state)}\n`, 'utf8'), this.sha, 'offboarding-sentinel: update run state');
  }

  private async put(path: string, bytes: Buffer, sha: string | null, message: string): Promise<string | null> {
    const response = await this.client.rest.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      owner: this.owner,
      repo: this.repo,
      path,
      branch: this.branch,
      message,
      content: bytes.toString('base64'),
      ...(sha ? { sha } : {}),
    });
    return response.data.content?.sha ?? null;
  }

  private ensureBranch(): Promise<void> {
    return ensureBranch(this.client, { owner: this.owner, repo: this.repo }, this.branch);
  }
}

/** Creates the state branch from the default branch's head when it does not exist. */
export async function ensureBranch(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  branch: string,
): Promise<void> {
  try {
    await client.rest.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `heads/${branch}` });
    return;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  const repository = await client.rest.request('GET /repos/{owner}/{repo}', repo);
  const head = await client.rest.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
    ...repo,
    ref: `heads/${repository.data.default_branch}`,
  });
  try {
    await client.rest.request('POST /repos/{owner}/{repo}/git/refs', {
      ...repo,
      ref: `refs/heads/${branch}`,
      sha: head.data.object.sha,
    });
  } catch (error) {
    // 422 "Reference already exists": a concurrent run created it first; that is fine.
    if (statusOf(error) !== 422) throw error;
  }
}
