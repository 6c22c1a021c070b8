// Text that came from the organization (logins, names, titles, audit-log fields) is never
// trusted in Markdown: it must not become HTML, a mention, a link, an image, a table break
// or a code-span break, and bidirectional overrides must not reorder what a reader sees.

const BIDI_AND_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Escape untrusted text for inline Markdown (also safe inside a table cell). */
export function escapeMarkdown(text: string, maxLength = 300): string {
  let clean = text.replace(BIDI_AND_INVISIBLE, '').replace(CONTROL, '').replace(/\r?\n/g, ' ');
  if (clean.length > maxLength) clean = `${clean.slice(0, maxLength - 1)}…`;
  return (
    clean
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Backslash-escape every character Markdown gives meaning to, links and images included.
      .replace(/([\\`*_{}[\]()#+\-.!~"'=:])/g, '\\$1')
      // After the backslash pass, so the entity's `#` is not escaped into visible `&\#124;`.
      .replace(/\|/g, '&#124;')
      // A zero-width joiner would be stripped above; break mentions and references with an entity.
      .replace(/@/g, '&#64;')
  );
}

/** Untrusted text as an inline code span that cannot be broken out of. */
export function codeSpan(text: string, maxLength = 300): string {
  let clean = text.replace(BIDI_AND_INVISIBLE, '').replace(CONTROL, '').replace(/\r?\n/g, ' ');
  if (clean.length > maxLength) clean = `${clean.slice(0, maxLength - 1)}…`;
  // In a table cell a pipe ends the cell even inside a code span; GitHub honours \| there.
  clean = clean.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A Markdown table; every cell must already be escaped or be trusted text of our own. */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
