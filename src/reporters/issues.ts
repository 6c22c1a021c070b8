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
import { compareFindings } from './report.js';
import { plainText } from './text.js';

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

function bodyFor(group: Group, options: AuditIssueOptions): { body: string; footer?: string } {
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
  const rows = group.findings
    .slice(0, maxRows)
    .map((f) => [
      '☐',
      f.subject === null ? '—' : codeSpan(f.subject, 100),
      codeSpan(f.resource, 200),
      f.severity,
      ...(group.by === 'rule' ? [] : [codeSpan(f.rule)]),
      escapeMarkdown(f.message, 300),
    ]);
  lines.push(
    '',
    `${group.findings.length} affected resource${group.findings.length === 1 ? '' : 's'}; the box is ticked by closing this issue once each is fixed (the next run re-checks).`,
    '',
    table(['', 'subject', 'resource', 'severity', ...(group.by === 'rule' ? [] : ['rule']), 'message'], rows),
  );
  const rest = group.findings.length - rows.length;
  let footer: string | undefined;
  if (rest > 0) {
    lines.push('', `_…and ${rest} more not listed here._`);
    const where = [
      options.reportPath ? `the JSON report ${codeSpan(options.reportPath)}` : '',
      options.runUrl ? `[the latest run](${options.runUrl})` : '',
    ]
      .filter(Boolean)
      .join(' of ');
    if (where) footer = `The full list is in ${where}.`;
  }
  return { body: lines.join('\n'), ...(footer ? { footer } : {}) };
}

export function desiredAuditIssues(report: Report, options: AuditIssueOptions): DesiredIssue[] {
  const newSet = new Set(report.changes?.new ?? []);
  return groupFindings(report.findings, options.routing).map((group) => {
    const { body, footer } = bodyFor(group, options);
    const added = group.findings.filter((f) => newSet.has(f.fingerprint)).length;
    const assignees = group.route.assignees.filter((a) => SLUG.test(a));
    return {
      key: auditIssueKey(options.organization, group.key),
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
