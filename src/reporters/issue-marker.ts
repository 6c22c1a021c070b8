// The hidden marker that makes an issue ours: its key and a hash of the content it was last
// written with, in an HTML comment at the end of the body. Kept apart from the sync engine
// because it is the one piece that must never change shape between versions.
import { createHash } from 'node:crypto';
import type { DesiredIssue } from './issue-sync.js';

export const MARKER_PREFIX = '<!-- offboarding-sentinel:issue ';
const MARKER = /<!-- offboarding-sentinel:issue (\{[^\n]*?\}) -->/g;

/** The content hash: what a reader sees, minus the volatile footer. */
export function contentHash(issue: Pick<DesiredIssue, 'title' | 'body' | 'labels' | 'state'>): string {
  return createHash('sha256')
    .update(JSON.stringify([issue.title, issue.body, [...issue.labels].sort(), issue.state]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The marker. Inside the JSON every character that could close the comment (`>`, `--`) or mean
 * something if the comment were ever shown (mentions, links, HTML, non-ASCII such as bidi
 * overrides) is written as a `\\uXXXX` escape, which JSON.parse turns back into the key.
 */
export function marker(key: string, hash: string): string {
  const json = JSON.stringify({ key, hash })
    .replace(/[^\x20-\x7E]|[<>&@[\]()!`|'=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/--/g, '-\\u002d');
  return `${MARKER_PREFIX}${json} -->`;
}

/** The last marker in a body (people may quote an older one above it), or null. */
export function parseMarker(body: string | null | undefined): { key: string; hash: string } | null {
  if (!body) return null;
  let found: { key: string; hash: string } | null = null;
  for (const match of body.matchAll(MARKER)) {
    try {
      const value = JSON.parse(match[1]) as unknown;
      if (typeof value === 'object' && value !== null) {
        const { key, hash } = value as { key?: unknown; hash?: unknown };
        if (typeof key === 'string' && typeof hash === 'string') found = { key, hash };
      }
    } catch {
      // Not our JSON: not a marker.
    }
  }
  return found;
}

export function renderBody(desired: DesiredIssue): string {
  const parts = [desired.body.trimEnd()];
  if (desired.footer) parts.push(desired.footer.trim());
  parts.push(marker(desired.key, contentHash(desired)));
  return parts.join('\n\n');
}
