// Feedback on findings, read from the findings issues: an issue closed with the
// `false-positive` or `accepted-risk` label covers every finding listed in it; a single row
// whose box cell says `false-positive` or `accepted-risk` covers that finding alone. Who decided
// is the issue's `closed_by` where GitHub gives it (else unknown), when is `closed_at` (or the
// time this run read a row mark). The table is our own rendering (reporters/issues.ts), so a row
// is read back by its columns; anything else in the body is ignored.
import type { RuleName } from '../model.js';
import { RULE_NAMES } from '../model.js';

export const VERDICTS = ['false-positive', 'accepted-risk'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface FeedbackRecord {
  rule: RuleName;
  resource: string;
  subject: string | null;
  verdict: Verdict;
  by: string | null;
  at: string;
  issue: number;
}

/** The parts of a listed issue feedback needs (REST issue fields). */
export interface FeedbackIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  closed_at?: string | null;
  closed_by?: { login?: string } | null;
}

/** Feedback is remembered per rule, resource and subject: what a finding is about. */
export function feedbackKey(rule: string, resource: string, subject: string | null): string {
  return `${rule}|${resource}|${(subject ?? '').toLowerCase()}`;
}

function labelNames(issue: FeedbackIssue): string[] {
  return issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')).toLowerCase());
}

function verdictOf(text: string): Verdict | null {
  const clean = text
    .replace(/[`*_~]/g, '')
    .trim()
    .toLowerCase();
  return (VERDICTS as readonly string[]).includes(clean) ? (clean as Verdict) : null;
}

/** Cells of a Markdown table row; `\|` inside a cell is a pipe, not a border. */
function cells(line: string): string[] {
  const parts = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/);
  return parts.map((part) => part.trim().replace(/\\\|/g, '|'));
}

/** A code span's text (`` `x` `` or ``` `` x `` ```), else the cell as it is. */
function codeText(cell: string): string {
  const match = /^(`+)\s?([\s\S]*?)\s?\1$/.exec(cell);
  return match ? match[2] : cell;
}

const isRule = (name: string): name is RuleName => (RULE_NAMES as readonly string[]).includes(name);

interface Row {
  mark: string;
  rule: RuleName;
  subject: string | null;
  resource: string;
}

function rows(issue: FeedbackIssue): Row[] {
  const lines = (issue.body ?? '').split('\n');
  const headerAt = lines.findIndex((line) => /^\|\s*\|\s*subject\s*\|\s*resource\s*\|/.test(line));
  if (headerAt < 0) return [];
  const header = cells(lines[headerAt]);
  const ruleColumn = header.indexOf('rule');
  const titleRule = /^Offboarding Sentinel: ([a-z-]+)$/.exec(issue.title)?.[1] ?? '';
  const found: Row[] = [];
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.trim().startsWith('|')) break;
    const row = cells(line);
    const rule = ruleColumn >= 0 ? codeText(row[ruleColumn] ?? '') : titleRule;
    if (!isRule(rule)) continue;
    const subject = row[1] === '—' ? null : codeText(row[1] ?? '');
    found.push({ mark: row[0] ?? '', rule, subject, resource: codeText(row[2] ?? '') });
  }
  return found;
}

/** Every verdict the findings issues carry, as of `now` (for row marks without a time of their own). */
export function readFeedback(issues: readonly FeedbackIssue[], now: string): FeedbackRecord[] {
  const records: FeedbackRecord[] = [];
  for (const issue of issues) {
    const labels = labelNames(issue);
    const closedVerdict =
      issue.state === 'closed' ? (VERDICTS.find((v) => labels.includes(v)) ?? null) : null;
    const by = issue.closed_by?.login ?? null;
    for (const row of rows(issue)) {
      const verdict = verdictOf(row.mark) ?? closedVerdict;
      if (!verdict) continue;
      records.push({
        rule: row.rule,
        resource: row.resource,
        subject: row.subject,
        verdict,
        by: verdictOf(row.mark) ? null : by,
        at: verdictOf(row.mark) || !issue.closed_at ? now : issue.closed_at,
        issue: issue.number,
      });
    }
  }
  return records;
}

/** Stored feedback plus what was read now; the first record of a finding stands (who decided first). */
export function mergeFeedback(
  stored: Readonly<Record<string, FeedbackRecord>> | undefined,
  read: readonly FeedbackRecord[],
): Record<string, FeedbackRecord> {
  const merged: Record<string, FeedbackRecord> = { ...(stored ?? {}) };
  for (const record of read) {
    const key = feedbackKey(record.rule, record.resource, record.subject);
    if (!Object.hasOwn(merged, key)) merged[key] = record;
  }
  return merged;
}
