// The summary's per-organization table and the total of the scope (an enterprise audit or a
// merge). Organization logins and report paths are untrusted text: escaped.
import { escapeMarkdown } from '../markdown.js';
import type { OrganizationSection, ScopeTotal } from './organization-sections.js';

const STATUS: Record<OrganizationSection['status'], string> = {
  read: 'read',
  missing: '**missing** — nothing of it was read',
  failed: '**failed** — nothing of it was read',
};

export function sectionsMarkdown(
  scope: string,
  sections: readonly OrganizationSection[],
  total: ScopeTotal,
): string {
  const lines = [
    `## Organizations of ${escapeMarkdown(scope, 100)}`,
    '',
    '| organization | status | findings | critical | high | medium | low | info | coverage |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of sections) {
    const coverage = s.coverageComplete ? 'complete' : `**${s.gaps} gap(s)**`;
    const status =
      s.status === 'read'
        ? STATUS.read
        : `${STATUS[s.status]}${s.reason ? ` (${escapeMarkdown(s.reason, 200)})` : ''}`;
    const c = s.bySeverity;
    lines.push(
      `| ${escapeMarkdown(s.organization, 100)} | ${status} | ${s.findings} | ${c.critical} | ${c.high} | ${c.medium} | ${c.low} | ${c.info} | ${coverage} |`,
    );
  }
  const t = total.bySeverity;
  lines.push(
    `| **total** (${total.organizations} organizations, ${total.complete} complete) | | **${total.findings}** | ${t.critical} | ${t.high} | ${t.medium} | ${t.low} | ${t.info} | ${total.gaps === 0 ? 'complete' : `**${total.gaps} gap(s)**`} |`,
  );
  return lines.join('\n');
}
