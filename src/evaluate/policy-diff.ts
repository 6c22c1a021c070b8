// What a policy change would do: the findings it adds, silences or re-grades, comparing the
// base branch's policy with the PR's on the same snapshot. Fingerprints identify a finding
// independently of its severity, so a re-grade is recognised as the same finding.
import { codeSpan, escapeMarkdown, table } from '../markdown.js';
import type { Finding, Severity } from '../model.js';

export interface PolicyDiff {
  added: Finding[];
  silenced: Finding[];
  regraded: { finding: Finding; from: Severity; to: Severity }[];
  unchanged: number;
}

export function diffFindings(base: readonly Finding[], head: readonly Finding[]): PolicyDiff {
  const before = new Map(base.map((finding) => [finding.fingerprint, finding]));
  const after = new Map(head.map((finding) => [finding.fingerprint, finding]));
  const diff: PolicyDiff = { added: [], silenced: [], regraded: [], unchanged: 0 };
  for (const [fingerprint, finding] of after) {
    const old = before.get(fingerprint);
    if (!old) diff.added.push(finding);
    else if (old.severity !== finding.severity) diff.regraded.push({ finding, from: old.severity, to: finding.severity });
    else diff.unchanged += 1;
  }
  for (const [fingerprint, finding] of before) if (!after.has(fingerprint)) diff.silenced.push(finding);
  return diff;
}

const MAX_ROWS = 100;

export function renderPolicyDiff(diff: PolicyDiff): string {
  const rows: string[][] = [
    ...diff.added.map((f) => ['added', f.severity, f.rule, codeSpan(f.resource, 120), escapeMarkdown(f.subject ?? '—', 60)]),
    ...diff.silenced.map((f) => ['silenced', f.severity, f.rule, codeSpan(f.resource, 120), escapeMarkdown(f.subject ?? '—', 60)]),
    ...diff.regraded.map(({ finding: f, from, to }) => [
      're-graded',
      `${from} → ${to}`,
      f.rule,
      codeSpan(f.resource, 120),
      escapeMarkdown(f.subject ?? '—', 60),
    ]),
  ];
  const heading =
    `## What this policy change does\n\n` +
    `${diff.added.length} finding(s) added, ${diff.silenced.length} silenced, ${diff.regraded.length} re-graded, ` +
    `${diff.unchanged} unchanged.`;
  if (rows.length === 0) return `${heading}\n\nThe change does not alter any finding.`;
  const shown = rows.slice(0, MAX_ROWS);
  const cut = rows.length > MAX_ROWS ? `\n\n_${rows.length - MAX_ROWS} more rows are in the JSON report._` : '';
  return `${heading}\n\n${table(['change', 'severity', 'rule', 'resource', 'subject'], shown)}${cut}`;
}
