// Audit findings as issues a person can act on: grouped by rule (default), subject or
// resource as the policy's routing says, each a checklist table of what is affected. Labels,
// assignees and team mentions come from the route in the policy, never from finding text.
import { createHash } from 'node:crypto';
import type { IssueRoute } from '../policy/types.js';
import type { Finding } from '../model.js';
import { codeSpan, escapeMarkdown, table } from '../markdown.js';
import { ruleSpec } from '../rules/catalogue.js';
import { auditIssueKey } from './issue-keys.js';
import type { DesiredIssue } from './issue-sync.js';
import type { Report } from './report.js';
import { compareFindings } from '../model.js';
import { marker } from './issue-marker.js';
import { fitText, plainText } from './text.js';

export const AUDIT_LABEL = 'offboarding-sentinel';
export const DEFAULT_ROUTE: IssueRoute = {
  rules: [],
  destination: 'issue',
  labels: [],
  assignees: [],
  teams: [],
  groupBy: 'rule',
};

/** The first route naming the finding's rule, else the first catch-all route, else the default. */
export function routeFor(finding: Finding, routing: readonly IssueRoute[]): IssueRoute {
  return (
    routing.find((r) => r.rules.includes(finding.rule)) ??
    routing.find((r) => r.rules.length === 0) ??
    DEFAULT_ROUTE
  );
}

export interface AuditIssueOptions {
  routing: readonly IssueRoute[];
  /** Rows per issue before the table is cut (default 100). */
  maxRows?: number;
  /** Our own, trusted: where the rest of the findings are. */
  reportPath?: string;
  runUrl?: string;
  /** The organization whose issues these are and whose teams are mentioned (`@org/team`). */
  organization: string;
}

interface Group {
  key: string;
  route: IssueRoute;
  by: IssueRoute['groupBy'];
  value: string;
  findings: Finding[];
}

function groupValue(finding: Finding, by: IssueRoute['groupBy']): string {
  if (by === 'rule') return finding.rule;
  if (by === 'subject') return finding.subject ?? '(no subject)';
  return finding.resource;
}

// Team slugs and logins from the policy are trusted config, but are still checked for shape so
// a typo cannot turn into arbitrary Markdown.
const SLUG = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Keys live in every issue body: long values keep a prefix plus a hash, unique and bounded. */
function boundedKey(value: string): string {
  if (value.length <= 200) return value;
  return `${value.slice(0, 100)}#${createHash('sha256').update(value).digest('hex').slice(0, 16)}`;
}

export function groupFindings(findings: readonly Finding[], routing: readonly IssueRoute[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of [...findings].sort(compareFindings)) {
    const route = routeFor(finding, routing);
    if (route.destination === 'check-run') continue;
    const value = groupValue(finding, route.groupBy);
    const key = `audit:${route.groupBy}:${boundedKey(value)}`;
    const group = groups.get(key) ?? { key, route, by: route.groupBy, value, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function titleFor(group: Group): string {
  const subject = group.by === 'rule' ? group.value : `${group.by} ${group.value}`;
  return plainText(`Offboarding Sentinel: ${subject}`, 200);
}

/** GitHub rejects an issue body over 65,536 characters (the footer and marker included). */
export const MAX_ISSUE_BODY = 65_536;
/** Room kept for the "…and N more" line under the table. */
const MORE_LINE_ROOM = 80;

/** Where the full list is: our own report path and run link (trusted), or null when neither is known. */
function fullListFooter(options: AuditIssueOptions): string | null {
  const where = [
    options.reportPath ? `the JSON report ${codeSpan(options.reportPath)}` : '',
    options.runUrl ? `[the latest run](${options.runUrl})` : '',
  ]
    .filter(Boolean)
    .join(' of ');
  return where ? `The full list is in ${where}.` : null;
}

/**
 * The body, in at most `room` characters: as many rows as fit (each cell is bounded, but 100
 * rows of long escaped messages are not), the rest counted, and the footer saying where they are.
 */
function bodyFor(group: Group, options: AuditIssueOptions, room: number): { body: string; footer?: string } {
  const maxRows = options.maxRows ?? 100;
  const lines: string[] = [];
  if (group.by === 'rule') {
    const spec = ruleSpec(group.findings[0].rule);
    lines.push(`**${spec.name}** fires when ${spec.firesWhen}.`, '', `**Remedy:** ${spec.remedy}`);
  } else {
    lines.push(`Findings for the ${group.by} ${codeSpan(group.value, 200)}.`);
  }
  const teams = group.route.teams.filter((t) => SLUG.test(t) && SLUG.test(options.organization));
  if (teams.length > 0)
    lines.push('', `Owners: ${teams.map((t) => `@${options.organization}/${t}`).join(' ')}`);
  const allRows = group.findings
    .slice(0, maxRows)
    .map((f) => [
      '☐',
      f.subject === null ? '—' : codeSpan(f.subject, 100),
      codeSpan(f.resource, 200),
      f.severity,
      ...(group.by === 'rule' ? [] : [codeSpan(f.rule)]),
      escapeMarkdown(f.message, 300),
    ]);
  const headers = ['', 'subject', 'resource', 'severity', ...(group.by === 'rule' ? [] : ['rule']), 'message'];
  lines.push(
    '',
    `${group.findings.length} affected resource${group.findings.length === 1 ? '' : 's'}; the box is ticked by closing this issue once each is fixed (the next run re-checks).`,
    '',
  );
  const empty = table(headers, []);
  let used = lines.join('\n').length + empty.length + MORE_LINE_ROOM;
  const rows: string[][] = [];
  for (const row of allRows) {
    const length = table(headers, [row]).length - empty.length;
    if (used + length > room) break;
    used += length;
    rows.push(row);
  }
  lines.push(table(headers, rows));
  const rest = group.findings.length - rows.length;
  const footer = rest > 0 ? fullListFooter(options) : null;
  if (rest > 0) lines.push('', `_…and ${rest} more not listed here._`);
  // The introduction alone cannot outgrow the limit today (its parts are bounded); if it ever
  // did, the body is cut rather than refused by GitHub.
  const body = fitText(lines.join('\n'), room, "_Cut at GitHub's issue size limit; the JSON report has every finding._").text;
  return { body, ...(footer ? { footer } : {}) };
}

/** What the footer and the marker leave of GitHub's limit for the body (renderBody joins them with blank lines). */
function bodyRoom(key: string, options: AuditIssueOptions): number {
  const footer = fullListFooter(options);
  const markerLength = marker(key, '0'.repeat(16)).length;
  return MAX_ISSUE_BODY - (footer ? footer.length + 2 : 0) - markerLength - 2;
}

export function desiredAuditIssues(report: Report, options: AuditIssueOptions): DesiredIssue[] {
  const newSet = new Set(report.changes?.new ?? []);
  return groupFindings(report.findings, options.routing).map((group) => {
    const key = auditIssueKey(options.organization, group.key);
    const { body, footer } = bodyFor(group, options, bodyRoom(key, options));
    const added = group.findings.filter((f) => newSet.has(f.fingerprint)).length;
    const assignees = group.route.assignees.filter((a) => SLUG.test(a));
    return {
      key,
      title: titleFor(group),
      body,
      ...(footer ? { footer } : {}),
      labels: [AUDIT_LABEL, ...group.route.labels],
      assignees,
      state: 'open' as const,
      // The one comment on a changed issue says what changed, so watchers need not diff the body.
      changeComment: `Updated by the latest run: ${added} new here; ${group.findings.length} now listed.`,
    };
  });
}
