// HR's roster (the `roster` input): CSV with a header row, or JSON (an array of objects, or
// `{ "people": [...] }`), each person with an e-mail, a status and, when terminated, a
// termination date. Column names are matched loosely (`email`/`e-mail`/`mail`,
// `termination date`/`termination_date`/`terminated_at`/`end_date`) because every HR system
// exports its own. A file with any bad row is refused as a whole, every bad row named at
// file:line: a roster read in part would make the rest look like "not in HR's records".
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { RosterPerson } from '../model.js';

export interface RosterError {
  path: string;
  line: number;
  message: string;
}

export type RosterResult = { ok: true; people: RosterPerson[] } | { ok: false; errors: RosterError[] };

const EMAIL_KEYS = ['email', 'e-mail', 'mail', 'email address', 'work email'];
const STATUS_KEYS = ['status', 'employment status', 'state'];
const DATE_KEYS = ['termination date', 'terminated at', 'terminated', 'end date', 'termination'];
const STATUS: Record<string, RosterPerson['status']> = {
  active: 'active',
  employed: 'active',
  terminated: 'terminated',
  inactive: 'terminated',
  left: 'terminated',
};

/** `Termination_Date`, `termination-date` and `terminationDate` all read `termination date`. */
function normalKey(key: string): string {
  return key
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ');
}

function field(row: Record<string, unknown>, names: readonly string[]): string {
  const wanted = names.map(normalKey);
  for (const [key, value] of Object.entries(row)) {
    if (!wanted.includes(normalKey(key))) continue;
    return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  }
  return '';
}

/** `YYYY-MM-DD` or a full ISO-8601 time, as an ISO string; null when it is neither. */
export function parseTerminationDate(value: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const at = new Date(`${value}T00:00:00Z`);
    return Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value ? null : at.toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** One row to a person, or the reasons it is refused. */
function toPerson(row: Record<string, unknown>, source: string): RosterPerson | string[] {
  const problems: string[] = [];
  const email = field(row, EMAIL_KEYS).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push(email ? `"${email}" is not an e-mail address` : 'no e-mail');
  const rawStatus = field(row, STATUS_KEYS);
  const status = STATUS[rawStatus.toLowerCase()];
  if (!status)
    problems.push(rawStatus ? `unknown status "${rawStatus}" (use active or terminated)` : 'no status');
  const rawDate = field(row, DATE_KEYS);
  const terminatedAt = rawDate ? parseTerminationDate(rawDate) : null;
  if (rawDate && !terminatedAt)
    problems.push(`termination date "${rawDate}" is not YYYY-MM-DD or an ISO-8601 time`);
  if (status === 'terminated' && !rawDate) problems.push('a terminated person needs a termination date');
  if (problems.length > 0 || !status) return problems;
  return { email, status, terminatedAt: status === 'terminated' ? terminatedAt : null, source };
}

interface RawRow {
  line: number;
  row: Record<string, unknown>;
}

function csvRows(text: string, path: string): RawRow[] | RosterError[] {
  try {
    const records = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      relax_column_count: false,
    }) as unknown as { record: Record<string, unknown>; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines, row: record }));
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    return [{ path, line: e.lines ?? 1, message: `not valid CSV: ${e.message ?? String(error)}` }];
  }
}

function jsonRows(text: string, path: string): RawRow[] | RosterError[] {
  const lineCounter = new LineCounter();
  // JSON is YAML, and the YAML parser keeps each node's position: rows get their own line.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    return [
      {
        path,
        line: first.linePos?.[0].line ?? 1,
        message: `not valid JSON: ${first.message.split('\n')[0]}`,
      },
    ];
  }
  let list: Node | null | undefined = doc.contents;
  if (isMap(list)) list = list.get('people', true);
  if (!isSeq(list))
    return [{ path, line: 1, message: 'expected an array of people (or { "people": [...] })' }];
  return list.items.map((item) => ({
    line: lineOf(item as Node),
    row: (isMap(item) ? (item.toJSON() as Record<string, unknown>) : {}) ?? {},
  }));
}

/** Parses a roster file; `path` is the workspace-relative name used in messages. */
export function parseRoster(text: string, path: string): RosterResult {
  const isJson = /\.json$/i.test(path) || /^\s*[[{]/.test(text);
  const rows = isJson ? jsonRows(text, path) : csvRows(text, path);
  if (rows.length > 0 && 'message' in rows[0]) return { ok: false, errors: rows as RosterError[] };
  const errors: RosterError[] = [];
  const people: RosterPerson[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of rows as RawRow[]) {
    const person = toPerson(row, `${path}:${line}`);
    if (Array.isArray(person)) {
      errors.push({ path, line, message: person.join('; ') });
      continue;
    }
    const earlier = seen.get(person.email);
    if (earlier !== undefined) {
      errors.push({ path, line, message: `${person.email} is listed twice (first on line ${earlier})` });
      continue;
    }
    seen.set(person.email, line);
    people.push(person);
  }
  if (rows.length === 0) errors.push({ path, line: 1, message: 'the roster lists nobody' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, people };
}
