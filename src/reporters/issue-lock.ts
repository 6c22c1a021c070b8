// Serializes issue writes between runs that overlap (two audits started together, an audit and
// an offboarding, a workflow without a `concurrency:` group). The lock is a small file on the
// state branch, taken with the contents API's compare-and-swap: creating a file that exists
// fails (422), and updating with a stale blob sha fails (409), so exactly one run wins. It is a
// lease: a run that dies holding it (a cancelled job) blocks others only until it expires.
// When the lock cannot be had at all (no write permission, GitHub down) the sync goes on
// without it, and the re-check by marker under it still keeps duplicates rare.
import { randomUUID } from 'node:crypto';
import { describeError, statusOf } from '../github/errors.js';
import type { GitHubClient } from '../github/types.js';
import { ensureBranch } from '../state/contents-api-store.js';
import type { Repo } from './issue-sync.js';

export const LOCK_PATH = 'locks/issues.json';

export interface IssueLockOptions {
  /** The state branch (`state-branch`). */
  branch: string;
  /** Who holds it, for people reading the file: the run id. */
  holder: string;
  /** How long a lease lasts; a crashed holder blocks others at most this long. */
  leaseMs?: number;
  /** How long to wait for another run's lease before going on without the lock. */
  waitMs?: number;
  /** Pause between attempts while another run holds it. */
  pollMs?: number;
  /** Real time (leases expire in real time, whatever clock the audit uses). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  warn?: (message: string) => void;
}

interface LockFile {
  holder: string;
  token: string;
  expiresAt: string;
  released: boolean;
}

export interface HeldLock {
  release(): Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function encode(file: LockFile): string {
  return Buffer.from(`${JSON.stringify(file)}\n`, 'utf8').toString('base64');
}

function parseLock(text: string): LockFile | null {
  try {
    const value = JSON.parse(text) as Partial<LockFile>;
    if (typeof value.expiresAt !== 'string' || typeof value.token !== 'string') return null;
    return { holder: String(value.holder ?? ''), token: value.token, expiresAt: value.expiresAt, released: value.released === true };
  } catch {
    return null;
  }
}

async function readLock(client: GitHubClient, repo: Repo, branch: string): Promise<{ sha: string; lock: LockFile | null } | null> {
  try {
    const response = await client.rest.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path: LOCK_PATH, ref: branch });
    const data = response.data as { sha?: string; content?: string; type?: string };
    if (Array.isArray(data) || typeof data.sha !== 'string') return null;
    return { sha: data.sha, lock: parseLock(Buffer.from(data.content ?? '', 'base64').toString('utf8')) };
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

async function writeLock(client: GitHubClient, repo: Repo, branch: string, file: LockFile, sha: string | null): Promise<string | null> {
  const response = await client.rest.request('PUT /repos/{owner}/{repo}/contents/{path}', {
    ...repo,
    path: LOCK_PATH,
    branch,
    message: `offboarding-sentinel: issue lock ${file.released ? 'released' : 'taken'} by ${file.holder}`,
    content: encode(file),
    ...(sha ? { sha } : {}),
  });
  return response.data.content?.sha ?? null;
}

/**
 * Takes the issue lock, waiting while another run holds a live lease. Resolves to the held lock,
 * or to null when it could not be taken (then the caller goes on without it).
 */
export async function acquireIssueLock(client: GitHubClient, repo: Repo, options: IssueLockOptions): Promise<HeldLock | null> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepFor;
  const warn = options.warn ?? (() => undefined);
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const deadline = now() + (options.waitMs ?? 10 * 60_000);
  const pollMs = options.pollMs ?? 2000;
  const token = randomUUID();
  try {
    await ensureBranch(client, repo, options.branch);
  } catch (error) {
    warn(`Issue lock not available (${describeError(error)}); writing issues without it.`);
    return null;
  }
  for (;;) {
    try {
      const current = await readLock(client, repo, options.branch);
      const free = !current || !current.lock || current.lock.released || Date.parse(current.lock.expiresAt) <= now();
      if (free) {
        const mine: LockFile = { holder: options.holder, token, expiresAt: new Date(now() + leaseMs).toISOString(), released: false };
        let sha = await writeLock(client, repo, options.branch, mine, current?.sha ?? null);
        return {
          release: async () => {
            try {
              sha = await writeLock(client, repo, options.branch, { ...mine, released: true }, sha);
            } catch (error) {
              // The lease runs out by itself; a failed release only delays the next run.
              warn(`Could not release the issue lock (${describeError(error)}); it expires at ${mine.expiresAt}.`);
            }
          },
        };
      }
    } catch (error) {
      // 409/422: another run wrote the lock between our read and our write; look again.
      const status = statusOf(error);
      if (status !== 409 && status !== 422) {
        warn(`Issue lock not available (${describeError(error)}); writing issues without it.`);
        return null;
      }
    }
    if (now() >= deadline) {
      warn('Another run kept the issue lock past the wait; writing issues without it (the re-check by marker still applies).');
      return null;
    }
    // Jitter, so two waiting runs do not retry in step.
    await sleep(pollMs / 2 + Math.random() * pollMs);
  }
}
