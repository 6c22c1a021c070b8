// The job summary: the overview a person reads on the workflow run page. Mermaid charts show
// findings by rule and, with history, the trend. Kept under the 1 MiB step-summary limit
// (beyond it GitHub drops the whole summary, not just the tail).
import { codeSpan, escapeMarkdown, table } from '../markdown.js';
import type { RunState } from '../state/types.js';
import type { Report } from './report.js';
import { countByRule } from './report.js';
import {
  changesSection,
  expiringExemptionsSection,
  failuresSection,
  findingsTable,
  gapsSection,
  historySection,
  headline,
  ruleTable,
  severityTable,
} from './sections.js';
import { fitBytes } from './text.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Headroom for whatever else the step appends (core.summary adds a line break or two). */
const SUMMARY_BUDGET_BYTES = SUMMARY_LIMIT_BYTES - 4096;

/** Mermaid labels are quoted strings; keep them to characters that cannot break the block. */
function mermaidLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._:/-]/g, '').slice(0, 60);
}

export function pieChart(report: Report): string | null {
  const byRule = countByRule(report.findings);
  if (byRule.length === 0) return null;
  return [
    '```mermaid',
    'pie showData title Findings by rule',
    ...byRule.map(([rule, count]) => `    "${mermaidLabel(rule)}" : ${count}`),
    '```',
  ].join('\n');
}

/** Findings per run over the stored history (this run included by the caller's state). */
export function trendChart(history: RunState | null | undefined): string | null {
  const runs = (history?.runs ?? []).slice(-30);
  if (runs.length < 2) return null;
  const labels = runs.map((run) => `"${mermaidLabel(run.at.slice(5, 16).replace('T', ' '))}"`);
  const totals = runs.map((run) => run.total);
  const high = runs.map((run) => run.counts.critical + run.counts.high);
  const max = Math.max(1, ...totals);
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Findings per run (bar: all, line: critical + high)"',
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "findings" 0 --> ${max}`,
    `    bar [${totals.join(', ')}]`,
    `    line [${high.join(', ')}]`,
    '```',
  ].join('\n');
}

const shortTime = (value: string) =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? `${value.slice(0, 10)} ${value.slice(11, 16)} UTC` : escapeMarkdown(value, 40);

/** One row per person offboarded in this run: who, which phase, what they held, what is left. */
function offboardingSection(report: Report): string | null {
  if (report.offboarding.length === 0) return null;
  const rows = report.offboarding.slice(0, 50).map((result) => {
    const asked = result.input !== result.subject ? ` (from ${codeSpan(result.input, 100)})` : '';
    const pre = result.phase === 'pre';
    return [
      `${codeSpan(result.subject, 100)}${asked}`,
      result.phase,
      shortTime(result.offboardedAt),
      `${result.itemsHeld} (${result.inventorySource === 'snapshot' ? 'collected' : 'rebuilt from the audit log'})`,
      // Right after pre nothing has been removed yet: "to remove", not "still held".
      pre ? `${result.itemsLeft} to remove` : String(result.itemsLeft),
      String(result.findings),
      result.closed ? 'closed' : 'open',
    ];
  });
  const cut = report.offboarding.length > 50 ? `\n\n_${report.offboarding.length - 50} more people are in the JSON report._` : '';
  return [
    '## Offboarding',
    '',
    table(['subject', 'phase', 'offboarded at', 'items held', 'still held', 'findings', 'tracking issue'], rows) + cut,
  ].join('\n');
}

/** What each exemption set aside, and why: a count alone does not say what is being accepted. */
function exemptedSection(report: Report): string | null {
  if (report.exempted.length === 0) return null;
  const rows = report.exempted
    .slice(0, 20)
    .map((finding) => [
      codeSpan(finding.rule, 60),
      codeSpan(finding.resource, 200),
      finding.subject === null ? '—' : codeSpan(finding.subject, 100),
      escapeMarkdown(finding.exemption.reason, 200),
      escapeMarkdown(finding.exemption.expires, 30),
    ]);
  const rest = report.exempted.length - rows.length;
  return [
    `## Exempted (${report.exempted.length})`,
    '',
    table(['rule', 'resource', 'subject', 'reason', 'until'], rows),
    ...(rest > 0 ? ['', `_…and ${rest} more in the JSON report._`] : []),
  ].join('\n');
}

export function renderSummary(report: Report, history?: RunState | null): string {
  const parts: (string | null)[] = [
    `# Offboarding Sentinel — ${report.mode} of ${codeSpan(report.organization, 100)}`,
    `**${headline(report)}**${report.dryRun ? ' — _dry run: nothing was posted._' : ''}`,
    failuresSection(report, 50),
    '## Overview',
    severityTable(report.findings),
    ruleTable(report.findings),
    pieChart(report),
    '## Changes',
    changesSection(report, history?.fingerprints ?? null, 50),
    trendChart(history),
    '## Coverage',
    gapsSection(report.coverage.gaps, 50, report.coverage.scope),
    historySection(report),
    offboardingSection(report),
    '## Top findings',
    findingsTable(report.findings, 50),
    exemptedSection(report),
    expiringExemptionsSection(report, 50),
    report.policy.errors.length > 0
      ? `**${report.policy.errors.length} policy error${report.policy.errors.length === 1 ? '' : 's'}** — see the check run annotations.`
      : null,
    `<sub>${report.stats.restRequests} REST and ${report.stats.graphqlRequests} GraphQL requests (cost ${report.stats.graphqlCost}) in ${(report.stats.durationMs / 1000).toFixed(1)} s.</sub>`,
  ];
  const markdown = parts.filter((part): part is string => part !== null).join('\n\n');
  return `${fitBytes(markdown, SUMMARY_BUDGET_BYTES, '_Summary cut at the 1 MiB step-summary limit; the JSON report has everything._').text}\n`;
}
