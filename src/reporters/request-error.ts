// Octokit rejects with a RequestError carrying the HTTP status; reporters branch on it
// (403 → no permission to write, 404 → absent, 409 → stale sha) without importing the class.

export function statusOf(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    const status = error.status;
    if (typeof status === 'number') return status;
  }
  return null;
}

/** A short description for a warning; never includes request headers (which carry the token). */
export function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0].slice(0, 300);
  return status === null ? firstLine : `HTTP ${status}: ${firstLine}`;
}
