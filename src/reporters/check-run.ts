// The check run: a plan (title, summary, text, annotations, conclusion) built purely from the
// report, then an apply step that writes it. Output is cut under GitHub's limits with a note
// saying what was cut (as github/safe-settings does). A token that may not create check runs
// (a PAT, a fork's token) is a warning, never a failed audit: the caller falls back to the
// job summary.
import path from 'node:path';
import * as core from '@actions/core';
import type { GitHubClient } from '../github/types.js';
import { codeSpan } from '../markdown.js';
import type { Finding, Severity, SourceLocation } from '../model.js';
import type { RunState } from '../state/types.js';
import type { Conclusion, FailOn, PolicyError, Report } from './report.js';
import { reportConclusion } from './report.js';
import type { Repo } from './issue-sync.js';
import { isPermissionDenied } from '../github/errors.js';
import { describeError } from './request-error.js';
import {
  changesSection,
  failuresSection,
  historySection,
  findingsTable,
  gapsSection,
  headline,
  ruleTable,
  severityTable,
} from './sections.js';
import { fitText, plainText } from './text.js';

/** GitHub's limits for `output` (api-map §10). */
export const CHECK_RUN_LIMITS = {
  title: 255,
  summary: 65535,
  text: 65535,
  annotationsPerRequest: 50,
  annotationMessage: 4000,
} as const;
/** More annotations than this are not worth the requests; the rest stay in the report. */
export const MAX_ANNOTATIONS = 1000;

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
}

export interface CheckRunPlan {
  name: string;
  headSha: string;
  conclusion: Conclusion;
  output: { title: string; summary: string; text: string };
  annotations: CheckAnnotation[];
  /** What was cut to stay under the limits (also said in the output itself). */
  truncated: string[];
}

export interface CheckRunInput {
  name: string;
  headSha: string;
  report: Report;
  failOn: FailOn;
  /** Extra annotations (e.g. from the caller); findings and policy errors with a location are added here. */
  annotations?: CheckAnnotation[];
  /** Our own Markdown shown before the findings in `text` (e.g. validate's policy difference). */
  preface?: string;
  /** The stored state of the last run, to name what was resolved. */
  previous?: RunState | null;
  /** Absolute location paths are made relative to it: annotations need repository paths. */
  workspace?: string;
}

export function annotationLevel(severity: Severity): AnnotationLevel {
  if (severity === 'critical' || severity === 'high') return 'failure';
  if (severity === 'medium' || severity === 'low') return 'warning';
  return 'notice';
}

function repoPath(file: string, workspace: string | undefined): string {
  const relative = workspace && path.isAbsolute(file) ? path.relative(workspace, file) : file;
  return relative.split(path.sep).join('/');
}

export function annotationAt(
  location: SourceLocation,
  level: AnnotationLevel,
  message: string,
  title: string,
  workspace?: string,
): CheckAnnotation {
  const endLine = Math.max(location.line, location.endLine ?? location.line);
  const annotation: CheckAnnotation = {
    path: repoPath(location.path, workspace),
    start_line: location.line,
    end_line: endLine,
    annotation_level: level,
    message: plainText(message, CHECK_RUN_LIMITS.annotationMessage),
    title: plainText(title, 200),
  };
  // GitHub accepts columns only when the annotation stays on one line.
  if (endLine === location.line) {
    annotation.start_column = location.column;
    annotation.end_column = Math.max(location.column, location.endColumn ?? location.column);
  }
  return annotation;
}

export function findingAnnotations(
  findings: readonly Finding[],
  errors: readonly PolicyError[],
  workspace?: string,
): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  // A policy error that is also reported as a finding at the same place is annotated once.
  const place = (l: { path: string; line: number; column: number }) => `${l.path}:${l.line}:${l.column}`;
  const located = new Set(findings.flatMap((finding) => (finding.location ? [place(finding.location)] : [])));
  for (const error of errors) {
    if (error.location && !located.has(place(error.location)))
      annotations.push(annotationAt(error.location, 'failure', error.message, 'policy-invalid', workspace));
  }
  for (const finding of findings) {
    if (finding.location)
      annotations.push(
        annotationAt(
          finding.location,
          annotationLevel(finding.severity),
          finding.message,
          finding.rule,
          workspace,
        ),
      );
  }
  return annotations;
}

export function planCheckRun(input: CheckRunInput): CheckRunPlan {
  const { report } = input;
  const truncated: string[] = [];
  const conclusion = reportConclusion(report, input.failOn);
  const previous = input.previous?.fingerprints ?? null;

  let annotations = [
    ...(input.annotations ?? []),
    ...findingAnnotations(report.findings, report.policy.errors, input.workspace),
  ];
  if (annotations.length > MAX_ANNOTATIONS) {
    truncated.push(
      `annotations: ${annotations.length - MAX_ANNOTATIONS} of ${annotations.length} not posted`,
    );
    annotations = annotations.slice(0, MAX_ANNOTATIONS);
  }

  const title = plainText(`${headline(report)} — ${conclusion}`, CHECK_RUN_LIMITS.title);
  const summaryParts = [
    `**${headline(report)}** in ${codeSpan(report.organization, 100)} (${report.mode}); conclusion **${conclusion}** (fail-on: ${input.failOn}).`,
    report.dryRun ? '_Dry run: nothing was posted, opened or closed._' : '',
    failuresSection(report, 20) ?? '',
    '### By severity',
    severityTable(report.findings),
    '### By rule',
    ruleTable(report.findings),
    '### Changes',
    changesSection(report, previous, 20),
    '### Coverage',
    gapsSection(report.coverage.gaps, 20, report.coverage.scope),
    historySection(report) ?? '',
    '### Top findings',
    findingsTable(report.findings, 20),
  ].filter((part) => part !== '');
  if (truncated.length > 0)
    summaryParts.push(`_Cut to stay under GitHub's limits: ${truncated.join('; ')}._`);
  const summary = fitText(
    summaryParts.join('\n\n'),
    CHECK_RUN_LIMITS.summary,
    "_Summary cut at GitHub's 65,535-character limit; the JSON report has everything._",
  );
  if (summary.truncated) truncated.push('summary');

  const textParts = [
    ...(input.preface ? [input.preface] : []),
    // Why the run is not `success` belongs in the text too: the gaps and the failed subjects.
    ...(report.failures.length > 0 ? ['## Failed subjects', failuresSection(report, report.failures.length) ?? ''] : []),
    ...(report.coverage.gaps.length > 0 ? ['## Coverage gaps', gapsSection(report.coverage.gaps, 200)] : []),
    '## All findings',
    findingsTable(report.findings, report.findings.length, 500),
    ...(report.exempted.length > 0
      ? ['## Exempted', findingsTable(report.exempted, report.exempted.length, 300)]
      : []),
  ];
  const text = fitText(
    textParts.join('\n\n'),
    CHECK_RUN_LIMITS.text,
    "_Details cut at GitHub's 65,535-character limit; the JSON report (`report-path`) has every finding._",
  );
  if (text.truncated) truncated.push('text');

  return {
    name: input.name,
    headSha: input.headSha,
    conclusion,
    output: { title, summary: summary.text, text: text.text },
    annotations,
    truncated,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export type CheckRunHandle = { id: number } | { skipped: string };

export interface CheckRunWriteOptions {
  warn?: (message: string) => void;
}

function skipReason(error: unknown): string | null {
  // A permission refusal (a PAT, a fork PR's token, no access to the repo) is final: fall back to
  // the summary. A rate limit or a server error is not the token's fault and is reported as itself.
  if (isPermissionDenied(error)) {
    return `the token cannot create check runs (${describeError(error)}); results are in the job summary instead`;
  }
  return null;
}

/** Creates the check run `in_progress` at the start of the audit, so the PR shows it running. */
export async function startCheckRun(
  client: GitHubClient,
  repo: Repo,
  check: { name: string; headSha: string },
  options: CheckRunWriteOptions = {},
): Promise<CheckRunHandle> {
  const warn = options.warn ?? core.warning;
  try {
    const response = await client.rest.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: check.name,
      head_sha: check.headSha,
      status: 'in_progress',
    });
    return { id: Number(response.data.id) };
  } catch (error) {
    const reason = skipReason(error);
    if (!reason) throw error;
    warn(`Check run skipped: ${reason}.`);
    return { skipped: reason };
  }
}

export interface CheckRunResult {
  id: number;
  requests: number;
}

/**
 * Completes the check run (creating it when `started` is absent) with the conclusion and the
 * output; annotations go 50 per request, the later batches as PATCHes, which GitHub appends.
 * A `started` handle that was skipped is returned as is: the warning was already given.
 */
export async function applyCheckRun(
  client: GitHubClient,
  repo: Repo,
  plan: CheckRunPlan,
  started?: CheckRunHandle,
  options: CheckRunWriteOptions = {},
): Promise<CheckRunResult | { skipped: string }> {
  if (started && 'skipped' in started) return started;
  const warn = options.warn ?? core.warning;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < plan.annotations.length; i += CHECK_RUN_LIMITS.annotationsPerRequest) {
    batches.push(plan.annotations.slice(i, i + CHECK_RUN_LIMITS.annotationsPerRequest));
  }
  const first = batches.shift() ?? [];
  const completion = {
    status: 'completed' as const,
    conclusion: plan.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...plan.output, annotations: first },
  };
  let id: number;
  let requests = 0;
  try {
    if (started) {
      id = started.id;
      await client.rest.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...repo,
        check_run_id: id,
        ...completion,
      });
    } else {
      const response = await client.rest.request('POST /repos/{owner}/{repo}/check-runs', {
        ...repo,
        name: plan.name,
        head_sha: plan.headSha,
        ...completion,
      });
      id = Number(response.data.id);
    }
    requests += 1;
  } catch (error) {
    const reason = skipReason(error);
    if (!reason) throw error;
    warn(`Check run skipped: ${reason}.`);
    return { skipped: reason };
  }
  for (const batch of batches) {
    // Title and summary are required whenever `output` is sent; repeating them changes nothing.
    await client.rest.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: id,
      output: { title: plan.output.title, summary: plan.output.summary, annotations: batch },
    });
    requests += 1;
  }
  return { id, requests };
}
