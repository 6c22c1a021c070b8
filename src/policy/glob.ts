// The one glob matcher for every policy pattern: exemptions, service accounts, approved
// changers. Patterns come from policy files in pull requests (which `validate` evaluates), so
// they are never turned into regular expressions (no regex injection, no catastrophic
// backtracking): matching is a dynamic programme over pattern tokens × text, at most
// (tokens + 1) × (characters + 1) steps whatever the pattern.
//
//   `**` any run of characters, `/` included
//   `*`  any run of characters except `/`
//   `?`  exactly one character except `/`
//   anything else matches itself; matching ignores ASCII case, as GitHub does for logins,
//   organization, repository and secret names.

type GlobToken = { kind: 'any' } | { kind: 'segment' } | { kind: 'one' } | { kind: 'literal'; char: string };

function tokenize(pattern: string): GlobToken[] {
  const chars = [...pattern.toLowerCase()];
  const tokens: GlobToken[] = [];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index];
    if (char === '*') {
      let run = 1;
      while (chars[index + 1] === '*') {
        run++;
        index++;
      }
      const kind = run >= 2 ? 'any' : 'segment';
      const previous = tokens[tokens.length - 1];
      // `*` next to `**` adds nothing; keep one token so the table stays small.
      if (previous && previous.kind === 'any') continue;
      if (previous && previous.kind === 'segment' && kind === 'any') tokens[tokens.length - 1] = { kind };
      else tokens.push({ kind });
    } else if (char === '?') {
      tokens.push({ kind: 'one' });
    } else {
      tokens.push({ kind: 'literal', char });
    }
  }
  return tokens;
}

/** Whether `text` matches the glob `pattern` as a whole. */
export function matchGlob(pattern: string, text: string): boolean {
  return matchGlobCounted(pattern, text).matches;
}

/** The match and the number of table cells it took: the cost is bounded by the table's size. */
export function matchGlobCounted(pattern: string, text: string): { matches: boolean; steps: number } {
  let steps = 0;
  const tokens = tokenize(pattern);
  const chars = [...text.toLowerCase()];
  const width = chars.length + 1;
  // matches[i * width + j]: tokens from i match the text from j. Filled from the end backwards.
  const matches = new Uint8Array((tokens.length + 1) * width);
  matches[tokens.length * width + chars.length] = 1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i];
    for (let j = chars.length; j >= 0; j--) {
      const char = j < chars.length ? chars[j] : undefined;
      let result: boolean;
      switch (token.kind) {
        case 'any':
          result =
            matches[(i + 1) * width + j] === 1 || (char !== undefined && matches[i * width + j + 1] === 1);
          break;
        case 'segment':
          result =
            matches[(i + 1) * width + j] === 1 ||
            (char !== undefined && char !== '/' && matches[i * width + j + 1] === 1);
          break;
        case 'one':
          result = char !== undefined && char !== '/' && matches[(i + 1) * width + j + 1] === 1;
          break;
        case 'literal':
          result = char === token.char && matches[(i + 1) * width + j + 1] === 1;
          break;
      }
      matches[i * width + j] = result ? 1 : 0;
      steps++;
    }
  }
  return { matches: matches[0] === 1, steps };
}

/** Whether any of the patterns matches; an empty list matches nothing. */
export function matchAnyGlob(patterns: readonly string[], text: string): boolean {
  return patterns.some((pattern) => matchGlob(pattern, text));
}
