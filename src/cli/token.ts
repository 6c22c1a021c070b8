// Where the command line's token comes from, in order: --token, GH_TOKEN, GITHUB_TOKEN (the
// variables the GitHub CLI itself reads), then `gh auth token` when the GitHub CLI is installed
// and logged in. The token's source is reported (never the token).
import { execFile } from 'node:child_process';
import type { CliCommand } from './program.js';

export interface TokenSource {
  token: string;
  from: '--token' | 'GH_TOKEN' | 'GITHUB_TOKEN' | 'gh auth token';
}

/** Runs `gh auth token [--hostname host]`; resolves to the token, or null when gh is absent or logged out. */
export type GhAuthToken = (hostname: string | null) => Promise<string | null>;

export const ghAuthToken: GhAuthToken = (hostname) =>
  new Promise((resolve) => {
    const args = ['auth', 'token', ...(hostname ? ['--hostname', hostname] : [])];
    execFile('gh', args, { timeout: 10_000 }, (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });

/** The GitHub host behind an API URL (`api.github.com` → `github.com`, GHES → its host). */
export function hostnameOf(apiUrl: string): string | null {
  try {
    const host = new URL(apiUrl).hostname;
    return host === 'api.github.com' ? 'github.com' : host;
  } catch {
    return null;
  }
}

export async function resolveToken(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  apiUrl: string,
  gh: GhAuthToken = ghAuthToken,
): Promise<TokenSource | null> {
  if (flag) return { token: flag, from: '--token' };
  if (env.GH_TOKEN) return { token: env.GH_TOKEN, from: 'GH_TOKEN' };
  if (env.GITHUB_TOKEN) return { token: env.GITHUB_TOKEN, from: 'GITHUB_TOKEN' };
  const fromGh = await gh(hostnameOf(apiUrl));
  return fromGh ? { token: fromGh, from: 'gh auth token' } : null;
}

/**
 * What a command reads or writes on GitHub that takes a token, or null when it needs none:
 * `merge` of report files reads only the files (and names organizations it expects from
 * --organizations). Its other reads and writes are named, so the error says which flag asks.
 */
export function tokenNeededFor(command: Extract<CliCommand, { command: 'audit' | 'offboard' | 'merge' }>): string | null {
  if (command.command !== 'merge') return 'it must read the organization (README, "Setup")';
  if (command.publish) return 'merge --publish writes the merged issues to --repo';
  if (command.repo) return 'merge --repo reads the issues of --repo to plan them (leave out --repo to merge the files only)';
  if (command.inputs.enterprise && !command.inputs.organizations) {
    return "merge --enterprise lists the enterprise's organizations (name them with --organizations to merge without a token)";
  }
  return null;
}
