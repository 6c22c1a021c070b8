// Whether GitHub answers at all, asked once before the run: with the API unreachable (refused,
// unknown host, no route) every request would otherwise go through its retries and back-off —
// 42 s measured for a `validate` run — before the run says anything. Any HTTP answer, even a
// 401, means "reachable"; only a failure to get one is "unreachable".
const PROBE_TIMEOUT_MS = 10_000;

function codeOf(error: unknown): string | null {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : null;
}

/** Null when the API answered; otherwise why it could not be reached, in words. */
export async function unreachableReason(apiUrl: string, timeoutMs = PROBE_TIMEOUT_MS): Promise<string | null> {
  const url = `${apiUrl.replace(/\/$/, '')}/rate_limit`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return null;
  } catch (error) {
    const code = codeOf(error);
    if ((error as { name?: string }).name === 'TimeoutError') return `no answer from ${apiUrl} within ${timeoutMs / 1000} s`;
    return `${apiUrl} cannot be reached (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
