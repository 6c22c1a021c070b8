// A hostile or broken file must not turn into an unbounded log: at most MAX_ERRORS_PER_FILE
// errors per file are reported, then one line that counts the rest; and text quoted from a
// file is a short excerpt, escaped, so binary garbage or a 38 KB key never reaches a log line.
import { policyError, type PolicyError } from './policy-error.js';

export const MAX_ERRORS_PER_FILE = 50;
/** Characters of a value or key quoted in a message. */
export const MAX_EXCERPT_CHARS = 40;
/** A backstop for messages built from many parts (a did-you-mean list, a library's message). */
export const MAX_MESSAGE_CHARS = 500;

/**
 * A JSON string literal of at most MAX_EXCERPT_CHARS characters of `text`, with everything but
 * printable ASCII escaped (control characters, bidi overrides, lone surrogates), and `…` plus
 * the full length when it was cut.
 */
export function excerpt(text: string, max = MAX_EXCERPT_CHARS): string {
  const chars = Array.from(text);
  const shown = chars.slice(0, max).join('');
  const literal = JSON.stringify(shown).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return chars.length > max ? `${literal}… (${chars.length} characters)` : literal;
}

/** Printable ASCII that needs no quoting in a message (keys, rule names) is shown as it is. */
export function shownName(text: string): string {
  return /^[\x21-\x7e]{1,64}$/.test(text) && !text.includes('`') ? text : excerpt(text);
}

/** A library's message (which may quote the file) with non-printable characters escaped. */
export function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function clampMessage(error: PolicyError): PolicyError {
  if (error.message.length <= MAX_MESSAGE_CHARS && error.fix.length <= MAX_MESSAGE_CHARS) return error;
  const cut = (text: string) =>
    text.length <= MAX_MESSAGE_CHARS ? text : `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
  return { ...error, message: cut(error.message), fix: cut(error.fix) };
}

/**
 * The first MAX_ERRORS_PER_FILE errors of each file (in the order given), and for a file with
 * more, one error after them that says how many were left out. Files keep their order.
 */
export function boundErrorsPerFile(errors: readonly PolicyError[], max = MAX_ERRORS_PER_FILE): PolicyError[] {
  const byFile = new Map<string, PolicyError[]>();
  for (const error of errors) {
    const list = byFile.get(error.path);
    if (list) list.push(error);
    else byFile.set(error.path, [error]);
  }
  const bounded: PolicyError[] = [];
  for (const [path, fileErrors] of byFile) {
    bounded.push(...fileErrors.slice(0, max).map(clampMessage));
    const rest = fileErrors.length - max;
    if (rest > 0) {
      const last = fileErrors[max - 1];
      bounded.push(
        policyError(
          { path, line: last.line, column: last.column },
          `${rest} more error${rest === 1 ? '' : 's'} in \`${path}\` not shown (${fileErrors.length} in all; the first ${max} are listed)`,
          'Fix the errors above and run again; the rest are often the same mistake repeated.',
        ),
      );
    }
  }
  return bounded;
}
