// The terminal view of a report: a table of findings (most severe first), coverage gaps, and a
// one-line verdict. Colour only when asked (a TTY without NO_COLOR): severities in colour, the
// rest plain, so a log file or a pipe gets clean text. Organization text is printed as plain
// text (control and bidi characters removed), never interpreted.
import path from 'node:path';
import Table from 'cli-table3';
import pc from 'picocolors';
import type { Finding, Severity } from '../model.js';
import type { Conclusion, Report } from '../reporters/report.js';
import { countBySeverity } from '../reporters/report.js';

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF]/g;

/** Organization text for a terminal: one line, no escape sequences, at most `max` characters. */
export function terminalText(text: string, max = 120): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(UNSAFE, '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export interface TableOptions {
  color: boolean;
  /** Terminal width; the message column takes what is left. */
  width: number;
  /** Findings shown; the rest are counted. */
  limit: number;
}

export function colorWanted(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return Boolean(stream.isTTY) && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.TERM !== 'dumb';
}

function paint(color: boolean) {
  const colors = pc.createColors(color);
  const bySeverity: Record<Severity, (text: string) => string> = {
    critical: (text) => colors.bold(colors.red(text)),
    high: colors.red,
    medium: colors.yellow,
    low: colors.cyan,
    info: colors.dim,
  };
  return { ...colors, severity: (severity: Severity) => bySeverity[severity](severity) };
}

function findingRows(findings: readonly Finding[], options: TableOptions): string {
  const c = paint(options.color);
  // Fixed columns: severity 10, rule 30, subject 18, resource 40, borders ~16.
  const messageWidth = Math.max(30, options.width - 114);
  const table = new Table({
    head: ['severity', 'rule', 'subject', 'resource', 'message'],
    colWidths: [10, 30, 18, 40, messageWidth],
    wordWrap: true,
    // No line between rows: a finding is a row, wrapped inside its cells.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    style: { head: options.color ? ['bold'] : [], border: options.color ? ['grey'] : [], compact: true },
  });
  for (const finding of findings.slice(0, options.limit)) {
    table.push([
      c.severity(finding.severity),
      finding.rule,
      finding.subject === null ? '—' : terminalText(finding.subject, 60),
      terminalText(finding.resource, 200),
      terminalText(finding.message, 400),
    ]);
  }
  return table.toString();
}

export function verdictLine(report: Report, conclusion: Conclusion, color: boolean): string {
  const c = paint(color);
  const counts = countBySeverity(report.findings);
  const parts = (['critical', 'high', 'medium', 'low', 'info'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${c.severity(severity)}`);
  const findings = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`;
  const gaps = report.coverage.gaps.length;
  const coverage = gaps === 0 ? 'coverage complete' : `${gaps} coverage gap${gaps === 1 ? '' : 's'} (not read, not judged)`;
  const exempted = report.exempted.length > 0 ? `, ${report.exempted.length} exempted` : '';
  const mark = conclusion === 'failure' ? c.red('✗ failure') : conclusion === 'neutral' ? c.yellow('● neutral') : c.green('✓ success');
  return `${mark}: ${findings}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}${exempted}; ${coverage}.`;
}

/** The whole terminal view. */
export function renderReportTable(report: Report, conclusion: Conclusion, options: TableOptions): string {
  const c = paint(options.color);
  const lines: string[] = [c.bold(`Offboarding Sentinel — ${report.mode} of ${terminalText(report.organization, 100)}`), ''];
  if (report.findings.length === 0) {
    lines.push('No findings.');
  } else {
    lines.push(findingRows(report.findings, options));
    const rest = report.findings.length - Math.min(report.findings.length, options.limit);
    if (rest > 0) lines.push(`… and ${rest} more in the JSON report.`);
  }
  if (report.coverage.gaps.length > 0) {
    lines.push('', c.bold('Not covered (could not be read):'));
    for (const gap of report.coverage.gaps.slice(0, 20)) {
      lines.push(`  ${terminalText(gap.resource, 120)} — ${terminalText(gap.reason, 200)}`);
    }
    if (report.coverage.gaps.length > 20) lines.push(`  … and ${report.coverage.gaps.length - 20} more in the JSON report.`);
  }
  if (report.exempted.length > 0) {
    lines.push('', c.bold('Exempted by policy:'));
    for (const finding of report.exempted.slice(0, 20)) {
      lines.push(
        `  ${finding.rule} on ${terminalText(finding.resource, 120)} — "${terminalText(finding.exemption.reason, 160)}", until ${finding.exemption.expires}`,
      );
    }
  }
  lines.push('', verdictLine(report, conclusion, options.color));
  return lines.join('\n');
}

/** A file under the current folder by its relative path, any other by its absolute one (not `../../tmp/…`). */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
