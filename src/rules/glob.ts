// A tiny glob matcher for policy patterns over logins and workflow paths: `*` is any run of
// characters (slashes included, so `acme/*` covers nested workflow paths), `?` is one
// character, everything else is literal. Logins are case-insensitive on GitHub, so matching
// ignores case; that is also harmless for workflow paths, which GitHub treats case-sensitively
// only on disk.

const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let compiled = cache.get(pattern);
  if (!compiled) {
    const source = pattern
      .split('')
      .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.+()[\]{}|]/g, '\\$&')))
      .join('');
    compiled = new RegExp(`^${source}$`, 'is');
    cache.set(pattern, compiled);
  }
  return compiled;
}

export function matchesGlob(value: string, pattern: string): boolean {
  return compile(pattern).test(value);
}

export function matchesAnyGlob(value: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => matchesGlob(value, pattern));
}
