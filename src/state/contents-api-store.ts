// The state as a JSON file on a dedicated branch of the action's repository, through the
// contents API, so nothing but the token is needed. Every failure is a warning: a run without
// history still audits; it only cannot say what is new.
import * as core from '@actions/core';
import type { GitHubClient } from '../github/types.js';
import { describeError, statusOf } from '../reporters/request-error.js';
import type { RunState, StateStore, Warn } from './types.js';
import { parseRunState } from './types.js';

export interface ContentsApiStateOptions {
  owner: string;
  repo: string;
  /** Default `offboarding-sentinel-state`. */
  branch?: string;
  /** Default `state.json`. */
  path?: string;
  warn?: Warn;
}

interface ContentFile {
  type?: string;
  sha: string;
  content?: string;
  encoding?: string;
}

export class ContentsApiStateStore implements StateStore {
  private readonly owner: string;
  private readonly repo: string;
  readonly branch: string;
  readonly path: string;
  private readonly warn: Warn;
  /** Blob sha of the file as last read; the contents API needs it to update. */
  private sha: string | null = null;

  constructor(
    private readonly client: GitHubClient,
    options: ContentsApiStateOptions,
  ) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.branch = options.branch ?? 'offboarding-sentinel-state';
    this.path = options.path ?? 'state.json';
    this.warn = options.warn ?? core.warning;
  }

  async read(): Promise<RunState | null> {
    try {
      const file = await this.readFile();
      if (!file) return null;
      const state = parseRunState(file);
      if (!state)
        this.warn(`The state ${this.where()} is not a version-1 state; continuing without history.`);
      return state;
    } catch (error) {
      this.warn(
        `Could not read the state ${this.where()} (${describeError(error)}); continuing without history.`,
      );
      return null;
    }
  }

  async write(state: RunState): Promise<void> {
    const content = Buffer.from(`${JSON.stringify(state)}\n`, 'utf8').toString('base64');
    try {
      await this.ensureBranch();
      try {
        await this.put(content);
      } catch (error) {
        // 409: someone (a concurrent run) wrote since we read; 422 without sha: the file appeared.
        const status = statusOf(error);
        if (status !== 409 && status !== 422) throw error;
        await this.readFile();
        await this.put(content);
      }
    } catch (error) {
      this.warn(`Could not write the state ${this.where()} (${describeError(error)}); history not updated.`);
    }
  }

  private where(): string {
    return `${this.owner}/${this.repo}@${this.branch}:${this.path}`;
  }

  /** The file's text, or null when the branch or the file does not exist yet. Remembers the sha. */
  private async readFile(): Promise<string | null> {
    try {
      const response = await this.client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: this.owner,
        repo: this.repo,
        path: this.path,
        ref: this.branch,
      });
      const file = response.data as unknown as ContentFile;
      if (Array.isArray(file) || file.type !== 'file') throw new Error(`${this.path} is not a file`);
      this.sha = file.sha;
      if (file.encoding !== 'base64' || file.content === undefined) {
        // Files over 1 MB come without inline content; read the blob instead.
        const blob = await this.client.rest.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
          owner: this.owner,
          repo: this.repo,
          file_sha: file.sha,
        });
        return Buffer.from(blob.data.content, 'base64').toString('utf8');
      }
      return Buffer.from(file.content, 'base64').toString('utf8');
    } catch (error) {
      if (statusOf(error) === 404) {
        this.sha = null;
        return null;
      }
      throw error;
    }
  }

  private async put(content: string): Promise<void> {
    const response = await this.client.rest.request('PUT /repos/{owner}/{repo}/contents/{path}', {
      owner: this.owner,
      repo: this.repo,
      path: this.path,
      branch: this.branch,
      message: 'offboarding-sentinel: update run state',
      content,
      ...(this.sha ? { sha: this.sha } : {}),
    });
    this.sha = response.data.content?.sha ?? null;
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
