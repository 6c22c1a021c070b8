// Hostile organization text through every reporter: nothing may become HTML, a mention, a link
// or image, a broken table row or a reordered line, and everything stays bounded.
import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../../src/model.js';
import { CHECK_RUN_LIMITS, planCheckRun } from '../../../src/reporters/check-run.js';
import { parseMarker, renderBody } from '../../../src/reporters/issue-sync.js';
import { desiredAuditIssues } from '../../../src/reporters/issues.js';
import { buildSarif } from '../../../src/reporters/sarif.js';
import { renderSummary } from '../../../src/reporters/summary.js';
import { finding, HOSTILE, report, subjectResult } from './fixtures.js';

const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/;

/** Markdown with inline code spans removed (what GitHub renders literally), honouring `\``. */
function outsideCode(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    if (markdown[i] === '\\') {
      out += markdown.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (markdown[i] === '`') {
      let run = 0;
      while (markdown[i + run] === '`') run += 1;
      const fence = '`'.repeat(run);
      let close = markdown.indexOf(fence, i + run);
      while (close !== -1 && markdown[close + run] === '`') close = markdown.indexOf(fence, close + run + 1);
      if (markdown.startsWith('```mermaid', i)) close = markdown.indexOf('```', i + 3);
      if (close === -1) {
        out += fence;
        i += run;
        continue;
      }
      out += ' ';
      i = close + run;
      continue;
    }
    out += markdown[i];
    i += 1;
  }
  return out;
}

/** Pipes that end a cell: not backslash-escaped (inside code spans GitHub honours `\|`). */
function cellCount(row: string): number {
  return row.replace(/\\\|/g, '').split('|').length;
}

function expectSafeMarkdown(markdown: string, limit: number): void {
  expect(markdown.length).toBeLessThanOrEqual(limit);
  expect(markdown).not.toMatch(BIDI);
  // Inside a code span `<img …>` is shown literally; outside one it must not survive.
  const visible = outsideCode(markdown);
  expect(visible).not.toMatch(/<img|<script|onerror=/i);
  expect(visible).not.toMatch(/(^|[^\w\\])@everyone/);
  expect(visible).not.toContain('](');
  expect(visible).not.toContain('![');
  expect(visible).not.toMatch(/x{1000}/);
  // Every table keeps one cell count across its rows.
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i].startsWith('|')) continue;
    const header = cellCount(lines[i]);
    while (i < lines.length && lines[i].startsWith('|')) {
      expect({ row: lines[i].slice(0, 120), cells: cellCount(lines[i]) }).toEqual({
        row: lines[i].slice(0, 120),
        cells: header,
      });
      i += 1;
    }
  }
}

function expectSafePlain(text: string, limit: number): void {
  expect(text.length).toBeLessThanOrEqual(limit);
  expect(text).not.toMatch(BIDI);
  expect(text).not.toMatch(/@everyone|<img|\]\(|!\[/);
  expect(text).not.toContain('\n');
}

const hostileFindings: Finding[] = HOSTILE.flatMap((name, i) => [
  finding({
    subject: name,
    resource: `deploy-key:acme/${name}/${i}`,
    message: `key ${name} unused`,
    severity: 'high',
  }),
  finding({
    rule: 'policy-invalid',
    subject: null,
    resource: `org:${name}`,
    message: name,
    location: { path: 'policies/a.yml', line: i + 1, column: 1 },
  }),
]);
const hostileReport = report({
  organization: '@everyone<img src=x>',
  findings: hostileFindings,
  gaps: HOSTILE.map((name) => ({ resource: `repo:acme/${name}`, reason: name })),
  changes: { new: hostileFindings.map((f) => f.fingerprint), resolved: [] },
  offboarding: [subjectResult({ subject: HOSTILE[1], input: HOSTILE[4], offboardedAt: HOSTILE[4] })],
});

describe('hostile names', () => {
  it('check run: summary, text, title and annotations', () => {
    const plan = planCheckRun({ name: 'x', headSha: 'a'.repeat(40), report: hostileReport, failOn: 'high' });
    expectSafeMarkdown(plan.output.summary, CHECK_RUN_LIMITS.summary);
    expectSafeMarkdown(plan.output.text, CHECK_RUN_LIMITS.text);
    expectSafePlain(plan.output.title, CHECK_RUN_LIMITS.title);
    expect(plan.annotations.length).toBe(HOSTILE.length);
    for (const annotation of plan.annotations) {
      expectSafePlain(annotation.message, CHECK_RUN_LIMITS.annotationMessage);
      expectSafePlain(annotation.title ?? '', 200);
    }
  });

  it.each(['rule', 'subject', 'resource'] as const)('issues grouped by %s: titles and bodies', (groupBy) => {
    const issues = desiredAuditIssues(hostileReport, {
      organization: 'acme',
      routing: [{ rules: [], destination: 'issue', labels: [], assignees: [], teams: [], groupBy }],
      reportPath: 'report.json',
    });
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expectSafePlain(issue.title, 256);
      const body = renderBody(issue);
      expectSafeMarkdown(body, 200_000);
      // The marker survives whatever the key holds.
      expect(parseMarker(body)?.key).toBe(issue.key);
    }
  });

  it('job summary', () => {
    expectSafeMarkdown(renderSummary(hostileReport), 1024 * 1024);
  });

  it('SARIF messages', () => {
    const log = buildSarif(hostileReport);
    for (const result of log.runs[0].results) {
      expectSafePlain(result.message.text, 2000);
      expectSafePlain(result.locations[0].logicalLocations[0].fullyQualifiedName, 300);
    }
  });
});
