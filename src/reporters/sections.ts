// Markdown building blocks shared by the check run and the job summary. Every string that came
// from the organization (subjects, resources, messages, gap reasons) goes through
// escapeMarkdown or codeSpan; rule names and counts are our own.
import type { CoverageGap, Finding, Severity } from '../model.js';
import { SEVERITIES } from '../model.js';
import { codeSpan, escapeMarkdown, table } from '../markdown.js';
import type { FingerprintRecord } from '../state/types.js';
import type { Report } from './report.js';
import { countByRule, countBySeverity } from './report.js';

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();

export function severityTable(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return table(
    ['severity', 'findings'],
    MOST_SEVERE_FIRST.map((severity) => [severity, String(counts[severity])]),
  );
}

export function ruleTable(findings: readonly Finding[]): string {
  const rows = countByRule(findings).map(([rule, count]) => [codeSpan(rule), String(count)]);
  return rows.length === 0 ? '_No findings._' : table(['rule', 'findings'], rows);
}

export function findingRow(finding: Finding, messageLength = 200): string[] {
  return [
    finding.severity,
    codeSpan(finding.rule),
    finding.subject === null ? '—' : codeSpan(finding.subject, 100),
    codeSpan(finding.resource, 200),
    escapeMarkdown(finding.message, messageLength),
  ];
}

/** A findings table of at most `limit` rows, with a line saying how many were left out. */
export function findingsTable(findings: readonly Finding[], limit: number, messageLength = 200): string {
  if (findings.length === 0) return '_No findings._';
  const shown = findings.slice(0, limit);
  const rendered = table(
    ['severity', 'rule', 'subject', 'resource', 'message'],
    shown.map((f) => findingRow(f, messageLength)),
  );
  const rest = findings.length - shown.length;
  return rest > 0
    ? `${rendered}\n\n_…and ${rest} more finding${rest === 1 ? '' : 's'} in the JSON report._`
    : rendered;
}

/** What was in scope, in words: the organization unless the report names a narrower scope. */
function scopeWords(scope: string | undefined): string {
  return scope ? escapeMarkdown(scope, 300) : 'every resource in scope was read';
}

export function gapsSection(gaps: readonly CoverageGap[], limit: number, scope?: string): string {
  if (gaps.length === 0) return `Coverage: **complete** — ${scopeWords(scope)}.`;
  const rows = gaps
    .slice(0, limit)
    .map((gap) => [codeSpan(gap.resource, 200), escapeMarkdown(gap.reason, 200)]);
  const rest = gaps.length - rows.length;
  return [
    `Coverage: **incomplete** — ${gaps.length} resource${gaps.length === 1 ? '' : 's'} could not be read; nothing is claimed about them.`,
    '',
    table(['resource', 'reason'], rows),
    ...(rest > 0 ? ['', `_…and ${rest} more in the JSON report._`] : []),
  ].join('\n');
}

/** Subjects that could not be resolved or checked: each is a failure of the run, never silence. */
export function failuresSection(report: Pick<Report, 'failures'>, limit: number): string | null {
  if (report.failures.length === 0) return null;
  const rows = report.failures
    .slice(0, limit)
    .map((failure) => [
      codeSpan(failure.subject, 200),
      escapeMarkdown(failure.reason, 300),
      failure.link ? escapeMarkdown(failure.link, 300) : '—',
    ]);
  const rest = report.failures.length - rows.length;
  return [
    `**${report.failures.length} subject${report.failures.length === 1 ? '' : 's'} failed** — could not be resolved or checked; nothing is claimed about ${report.failures.length === 1 ? 'it' : 'them'}.`,
    '',
    table(['subject', 'why', 'where to repair'], rows),
    ...(rest > 0 ? ['', `_…and ${rest} more in the JSON report._`] : []),
  ].join('\n');
}

/** What could not be judged yet for lack of history, and a stored state that could not be read. */
export function historySection(report: Pick<Report, 'history'>): string | null {
  const lines: string[] = [];
  const state = report.history.state;
  if (state?.status === 'unreadable') {
    lines.push(
      `**The stored history could not be read** (${escapeMarkdown(state.reason ?? 'unknown reason', 300)}); it was not written over.` +
        (state.keptAt ? ` This run's state is kept in ${codeSpan(state.keptAt, 300)} (uploaded with the run's files when the workflow keeps them).` : ''),
    );
  }
  for (const entry of report.history.insufficient) {
    lines.push(`- ${codeSpan(entry.rule)} not judged yet: ${escapeMarkdown(entry.reason, 300)}`);
  }
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Active exemptions that expire soon, so someone reviews them before they lapse. */
export function expiringExemptionsSection(report: Pick<Report, 'expiringExemptions'>, limit: number): string | null {
  if (report.expiringExemptions.length === 0) return null;
  const rows = report.expiringExemptions
    .slice(0, limit)
    .map((entry) => [
      entry.expires,
      String(entry.daysLeft),
      escapeMarkdown(entry.scope, 200),
      escapeMarkdown(entry.reason, 200),
      codeSpan(`${entry.location.path}:${entry.location.line}`, 200),
    ]);
  return [
    `${report.expiringExemptions.length} exemption${report.expiringExemptions.length === 1 ? '' : 's'} expire${report.expiringExemptions.length === 1 ? 's' : ''} soon; review and renew or remove ${report.expiringExemptions.length === 1 ? 'it' : 'them'}:`,
    '',
    table(['expires', 'days left', 'exempts', 'reason', 'where'], rows),
  ].join('\n');
}

/**
 * New and resolved since the last run. `previous` (the stored fingerprints) names what was
 * resolved; without it only the count is known.
 */
export function changesSection(
  report: Report,
  previous: Record<string, FingerprintRecord> | null,
  limit: number,
): string {
  if (!report.changes) return 'Changes: no earlier run is stored, so nothing is marked new or resolved.';
  const fresh = report.findings.filter((f) => report.changes?.new.includes(f.fingerprint));
  const lines = [
    `Changes since the last run: **${report.changes.new.length} new**, **${report.changes.resolved.length} resolved**.`,
  ];
  if (fresh.length > 0) lines.push('', '**New**', '', findingsTable(fresh, limit, 150));
  if (report.changes.resolved.length > 0 && previous) {
    const resolved = report.changes.resolved.slice(0, limit).map((fingerprint) => {
      const record = Object.hasOwn(previous, fingerprint) ? previous[fingerprint] : undefined;
      return record
        ? [
            codeSpan(record.rule),
            record.subject === null ? '—' : codeSpan(record.subject, 100),
            codeSpan(record.resource, 200),
          ]
        : ['—', '—', codeSpan(fingerprint)];
    });
    lines.push('', '**Resolved**', '', table(['rule', 'subject', 'resource'], resolved));
    const rest = report.changes.resolved.length - resolved.length;
    if (rest > 0) lines.push('', `_…and ${rest} more resolved._`);
  }
  return lines.join('\n');
}

export function headline(report: Report): string {
  const counts = countBySeverity(report.findings);
  const parts = MOST_SEVERE_FIRST.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const total = report.findings.length;
  return `${total} finding${total === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}
