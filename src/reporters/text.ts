// Helpers for text that reporters place where Markdown is NOT rendered (check-run annotation
// messages, issue titles, SARIF `message.text`) and for keeping output under GitHub's limits.
// Markdown contexts use src/markdown.ts; these cover the plain-text ones, where a title or a
// SARIF message could still ping people (`@team`), show an embedded link (SARIF renders
// `[text](uri)`) or reorder what a reader sees (bidi overrides).

const BIDI_AND_INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Untrusted text for a plain-text field: one line, bidi and control characters removed, at
 * most `maxLength` characters. `@` becomes the full-width `＠` (no mention, still readable),
 * `<`/`>` become `‹`/`›` (no HTML wherever a field is later rendered), and `[`/`]` become
 * full-width brackets so neither a Markdown nor a SARIF embedded link can form.
 */
export function plainText(text: string, maxLength = 300): string {
  let clean = text
    .replace(BIDI_AND_INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/\s*\r?\n\s*/g, ' ');
  clean = clean
    .replace(/@/g, '\uFF20')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203A')
    .replace(/\[/g, '\uFF3B')
    .replace(/\]/g, '\uFF3D');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

/** The result of fitting text under a limit: the text and whether anything was cut. */
export interface Fitted {
  text: string;
  truncated: boolean;
}

/**
 * Cut `text` so that it, plus `note`, fits in `limit` characters (UTF-16 code units, which is
 * what GitHub's `maxLength` counts). Cuts at the last line break before the limit so a table
 * row or a code span is never left half-open.
 */
export function fitText(text: string, limit: number, note: string): Fitted {
  if (text.length <= limit) return { text, truncated: false };
  const room = Math.max(0, limit - note.length - 2);
  let cut = text.lastIndexOf('\n', room);
  if (cut < room / 2) cut = room;
  return { text: `${text.slice(0, cut)}\n\n${note}`.slice(0, limit), truncated: true };
}

/** Byte length in UTF-8 (the job summary limit is 1 MiB of bytes). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Like fitText, but for a byte limit (UTF-8). */
export function fitBytes(text: string, limitBytes: number, note: string): Fitted {
  if (utf8Length(text) <= limitBytes) return { text, truncated: false };
  // Each UTF-16 code unit is at most 3 UTF-8 bytes; shrink until it fits.
  let limit = Math.floor(limitBytes / 3);
  let fitted = fitText(text, Math.max(limit, note.length + 2), note);
  // Grow towards the byte limit for mostly-ASCII text, staying under it.
  let step = Math.floor((limitBytes - utf8Length(fitted.text)) / 3);
  while (step > 64) {
    const attempt = fitText(text, limit + step, note);
    if (utf8Length(attempt.text) <= limitBytes) {
      fitted = attempt;
      limit += step;
    } else {
      step = Math.floor(step / 2);
    }
  }
  return { text: fitted.text, truncated: true };
}
