// The state as JSON on a dedicated branch of the action's repository, through the contents API,
// so nothing but the token is needed.
//
// Read raw (`application/vnd.github.raw+json`): the JSON form inlines only files up to 1 MB, and
// @octokit/request's JSON parser overflows the stack on bodies of about 9 MB, so a large
// organization's state must never come back as JSON-wrapped base64. The blob sha that an update
// needs is computed from the bytes (git's `blob <size>\0<content>`), so no second request.
//
// The ETag cache — most of the bytes — is stored in content-addressed shards beside the main
// file (`state-etags/<hash>.txt`), each a few MB: an unchanged shard is not written again, and no
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

/** How the main file refers to the ETag shards instead of holding the cache inline. */
interface ShardRefs {
  etagShards: string[];
}

const RAW = 'application/vnd.github.raw+json';
/** Concurrent writers get this many re-read-and-merge attempts before the state is kept aside. */
const MAX_MERGES = 3;
/** Deletes per write: old shards go over a few runs rather than costing one run many requests. */
const MAX_SHARD_DELETES = 20;

/** Git's blob id of the bytes: what the contents API calls the file's `sha`. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function isShardRefs(value: unknown): value is ShardRefs {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ShardRefs).etagShards) &&
    (value as ShardRefs).etagShards.every((entry) => typeof entry === 'string')
  );
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
    let etags: unknown;
    try {
      await this.ensureBranch();
      etags = await this.putShards(state.etags);
      let current = state;
      for (let attempt = 0; ; attempt++) {
        try {
          await this.putMain({ ...current, etags });
          break;
        } catch (error) {
          // 409: a concurrent run wrote since we read; 422 without sha: the file appeared.
          const status = statusOf(error);
          if ((status !== 409 && status !== 422) || attempt >= MAX_MERGES) throw error;
        }
        // Another run wrote, so it may also have collected shards this run counted on: put them
        // again (a shard that exists answers 422, which is fine) before a main file refers to them.
        this.shards.clear();
        etags = await this.putShards(state.etags);
        const theirs = await this.loadMain(false);
        if (theirs.status === 'unreadable') {
          this.last = { status: 'unreadable', where: this.where(), reason: theirs.reason, ...this.keptAtField() };
          await this.keepAside(state, `a concurrent run's state could not be read back (${theirs.reason}), so it is not written over`);
          return;
        }
        if (theirs.status === 'read') current = mergeStates(theirs.state, current);
      }
    } catch (error) {
      await this.keepAside(state, `could not write the state ${this.where()} (${describeError(error)}); history not updated`);
      return;
    }
    await this.collectShards(isShardRefs(etags) ? etags.etagShards : []).catch((error: unknown) =>
      this.warn(`Could not delete old ETag shards of the state (${describeError(error)}); the next run tries again.`),
    );
  }

  /**
   * Deletes the ETag shards that no main file needs any more. The rule that keeps it safe with
   * concurrent runs: a shard is deleted only when neither the main file this run just wrote,
   * nor the one it replaced, nor the one on the branch right now (re-read after listing, in
   * case a run wrote since) refers to it. A run that read an older main file and still counts on
   * its shards cannot write without a conflict (its blob sha is stale), and on a conflict it
   * puts its shards again before its main file refers to them (see write). What remains is a
   * run that is between reading the main file and reading its shards while two other runs
   * write: it warns and reads those lists afresh (a colder cache, never a wrong answer).
   */
  private async collectShards(written: readonly string[]): Promise<void> {
    const folder = `${this.path.replace(/\.json$/, '')}-etags`;
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
      if (statusOf(error) === 404) return;
      throw error;
    }
    const keep = new Set([...written, ...this.readRefs]);
    const entries = (Array.isArray(listed) ? (listed as { type?: string; path?: string; sha?: string }[]) : []).filter(
      (entry): entry is { type: 'file'; path: string; sha: string } =>
        entry.type === 'file' && typeof entry.path === 'string' && typeof entry.sha === 'string' && !keep.has(entry.path),
    );
    if (entries.length === 0) return;
    const onBranch = await this.readRaw(this.path);
    const now = onBranch ? parseRunState(onBranch.toString('utf8')) : null;
    if (isShardRefs(now?.etags)) for (const path of now.etags.etagShards) keep.add(path);
    for (const entry of entries.filter((e) => !keep.has(e.path)).slice(0, MAX_SHARD_DELETES)) {
      try {
        await this.client.rest.request('DELETE /repos/{owner}/{repo}/contents/{path}', {
          owner: this.owner,
          repo: this.repo,
          path: entry.path,
          branch: this.branch,
          sha: entry.sha,
          message: 'offboarding-sentinel: delete an unreferenced ETag shard',
        });
      } catch (error) {
        // Gone already (404) or rewritten (409: content-addressed, so someone wants it): leave it.
        if (statusOf(error) !== 404 && statusOf(error) !== 409) throw error;
      }
      this.shards.delete(entry.path);
    }
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

  /** The main file: absent, a state (with its ETag shards read when `withEtags`), or unreadable. */
  private async loadMain(withEtags: boolean): Promise<StateRead> {
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
    const state = parseRunState(bytes.toString('utf8'));
    if (!state) return { status: 'unreadable', reason: 'the file is not a version-1 state' };
    this.readRefs = isShardRefs(state.etags) ? [...state.etags.etagShards] : [];
    if (withEtags && isShardRefs(state.etags)) state.etags = await this.readShards(state.etags.etagShards);
    return { status: 'read', state };
  }

  /** The ETag shards' packed contents; one that cannot be read only costs a colder cache. */
  private async readShards(paths: readonly string[]): Promise<string[]> {
    const packed: string[] = [];
    for (const path of paths) {
      try {
        const bytes = await this.readRaw(path);
        if (bytes === null) throw new Error('not found');
        packed.push(bytes.toString('utf8'));
        this.shards.add(path);
      } catch (error) {
        this.warn(`Could not read the ETag shard ${path} of the state (${describeError(error)}); those lists are read afresh.`);
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

  /** Writes the ETag shards not on the branch yet; returns what the main file stores as `etags`. */
  private async putShards(etags: unknown): Promise<unknown> {
    const packed = typeof etags === 'string' ? [etags] : Array.isArray(etags) ? etags : null;
    if (packed === null || !packed.every((entry) => typeof entry === 'string')) return etags;
    const paths: string[] = [];
    for (const text of packed) {
      const bytes = Buffer.from(text, 'utf8');
      const path = `${this.path.replace(/\.json$/, '')}-etags/${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.txt`;
      paths.push(path);
      if (this.shards.has(path)) continue;
      try {
        await this.put(path, bytes, null, 'offboarding-sentinel: store an ETag shard');
      } catch (error) {
        // 422 "sha wasn't supplied": the shard exists, and being content-addressed it is this one.
        if (statusOf(error) !== 422) throw error;
      }
      this.shards.add(path);
    }
    const refs: ShardRefs = { etagShards: paths };
    return refs;
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
