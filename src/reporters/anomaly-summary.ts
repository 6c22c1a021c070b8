// The anomaly layer in the job summary: the baselines this run judged by (and where they were
// too little data), the findings suppressed by feedback with the exemption that would make the
// decision explicit, and Mermaid trends from the stored runs (findings by severity, the share of
// due offboarding steps done) and from recent offboardings (hours to each journey step).
import type { StepNormal } from '../baseline/journey-baseline.js';
import type { SuppressedFinding } from '../feedback/apply-feedback.js';
import { codeSpan, escapeMarkdown, table } from '../markdown.js';
import { SEVERITIES } from '../model.js';
import type { ChangeReview } from '../rules/unapproved-credential-change.js';
import type { RunState } from '../state/types.js';

/** What the JSON report (`anomaly`) and the summary say about the anomaly layer. */
export interface AnomalyReport {
  credentialChanges: {
    total: number;
    approved: number;
    journey: number;
    episodes: number;
    unusual: number;
    actors: number;
    /** Episodes judged with some part of the baseline too little data (the policy's floor used). */
    judgedOnPolicyFloor: number;
    burstFloor: { count: number; windowMinutes: number };
  };
  journey: {
    step: string;
    pastOffboardings: number;
    medianHours: number | null;
    missRatePercent: number | null;
    insufficient: string | null;
    recent: { offboardedAt: string; hours: number; done: boolean }[];
  }[];
  suppressed: {
    rule: string;
    subject: string | null;
    resource: string;
    verdict: string;
    by: string | null;
    at: string;
    issue: number;
  }[];
  exemption: string | null;
}

export function anomalyReport(input: {
  review: ChangeReview;
  normals: readonly StepNormal[];
  suppressed: readonly SuppressedFinding[];
  exemption: string | null;
}): AnomalyReport {
  const { review } = input;
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    credentialChanges: {
      total:
        review.approved.length +
        review.journey.length +
        review.judged.reduce((n, j) => n + j.episode.changes.length, 0),
      approved: review.approved.length,
      journey: review.journey.length,
      episodes: review.judged.length,
      unusual: review.judged.filter((j) => j.judgement.score >= 1).length,
      actors: new Set(review.judged.map((j) => j.episode.actor.toLowerCase())).size,
      judgedOnPolicyFloor: review.judged.filter((j) => j.judgement.insufficient.length > 0).length,
      burstFloor: review.burst,
    },
    journey: input.normals.map((normal) => ({
      step: normal.step,
      pastOffboardings: normal.past.length,
      medianHours: normal.hours ? round(normal.hours.median) : null,
      missRatePercent: normal.missRate === null ? null : round(normal.missRate * 100),
      insufficient: normal.insufficient,
      recent: [...normal.past, ...normal.recent]
        .slice(-12)
        .map((o) => ({ offboardedAt: o.offboardedAt, hours: o.hours, done: o.done })),
    })),
    suppressed: input.suppressed.map((finding) => ({
      rule: finding.rule,
      subject: finding.subject,
      resource: finding.resource,
      verdict: finding.feedback.verdict,
      by: finding.feedback.by,
      at: finding.feedback.at,
      issue: finding.feedback.issue,
    })),
    exemption: input.exemption,
  };
}

function baselinesSection(report: AnomalyReport): string {
  const c = report.credentialChanges;
  const lines = [
    '## Baselines used',
    '',
    `**Credential changes** (180 days of audit log): ${c.total} changes — ${c.approved} by approved actors or workflows, ` +
      `${c.journey} an offboarding's own revocations, ${c.episodes} episodes by ${c.actors} actors scored against their own normal; ` +
      `${c.unusual} unusual. ${c.judgedOnPolicyFloor} episodes had too little history for part of the baseline and were judged on the policy's floor ` +
      `(burst: ${c.burstFloor.count} within ${c.burstFloor.windowMinutes} minutes).`,
  ];
  if (report.journey.length > 0) {
    lines.push(
      '',
      '**Journey steps** (past offboardings, the 3 most recent judged against them):',
      '',
      table(
        ['step', 'past offboardings', 'median hours to done', 'missed', 'baseline'],
        report.journey.map((step) => [
          codeSpan(step.step, 80),
          String(step.pastOffboardings),
          step.medianHours === null ? '—' : String(step.medianHours),
          step.missRatePercent === null ? '—' : `${step.missRatePercent}%`,
          step.insufficient === null ? 'learned' : 'too little data: the policy deadline judges',
        ]),
      ),
    );
  }
  return lines.join('\n');
}

function suppressedSection(report: AnomalyReport): string | null {
  if (report.suppressed.length === 0) return null;
  const rows = report.suppressed
    .slice(0, 50)
    .map((s) => [
      codeSpan(s.rule),
      s.subject === null ? '—' : codeSpan(s.subject, 100),
      codeSpan(s.resource, 200),
      s.verdict,
      s.by === null ? 'unknown' : codeSpan(s.by, 100),
      escapeMarkdown(s.at.slice(0, 10), 10),
      `#${s.issue}`,
    ]);
  const parts = [
    '## Suppressed by feedback',
    '',
    table(['rule', 'subject', 'resource', 'verdict', 'decided by', 'on', 'issue'], rows),
  ];
  if (report.exemption) {
    // Logins and resource identifiers cannot hold backticks, but the fence is sized anyway.
    const fence = '`'.repeat(
      Math.max(3, ...(report.exemption.match(/`+/g) ?? []).map((run) => run.length + 1)),
    );
    parts.push(
      '',
      'To make these decisions explicit in the policy, paste under `exemptions:`:',
      '',
      `${fence}yaml`,
      report.exemption,
      fence,
    );
  }
  return parts.join('\n');
}

const label = (text: string) => `"${text.replace(/[^A-Za-z0-9 ._:/-]/g, '').slice(0, 40)}"`;

/** Findings by severity over the last 30 stored runs: one line per severity. */
export function severityTrend(history: RunState | null | undefined): string | null {
  const runs = (history?.runs ?? []).filter((run) => run.mode === 'audit').slice(-30);
  if (runs.length < 2) return null;
  const max = Math.max(1, ...runs.flatMap((run) => SEVERITIES.map((s) => run.counts[s])));
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Findings by severity, last ${runs.length} runs (lines: ${[...SEVERITIES].reverse().join(', ')})"`,
    `    x-axis [${runs.map((run) => label(run.at.slice(5, 10))).join(', ')}]`,
    `    y-axis "findings" 0 --> ${max}`,
    ...[...SEVERITIES]
      .reverse()
      .map((severity) => `    line [${runs.map((run) => run.counts[severity]).join(', ')}]`),
    '```',
  ].join('\n');
}

/** The share of due offboarding steps done, per stored run. */
export function revocationTrend(history: RunState | null | undefined): string | null {
  const runs = (history?.runs ?? [])
    .filter((run) => run.mode === 'audit' && run.offboardingStepsExpected > 0)
    .slice(-30);
  if (runs.length < 2) return null;
  const rate = (run: (typeof runs)[number]) =>
    Math.round(
      ((run.offboardingStepsExpected - run.offboardingStepsMissing) / run.offboardingStepsExpected) * 100,
    );
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Revocation success: due offboarding steps done (%)"',
    `    x-axis [${runs.map((run) => label(run.at.slice(5, 10))).join(', ')}]`,
    '    y-axis "%" 0 --> 100',
    `    line [${runs.map(rate).join(', ')}]`,
    '```',
  ].join('\n');
}

/** Hours to each journey step over the recent offboardings (x: offboarded-at), one line per step. */
export function journeyTrend(report: AnomalyReport): string | null {
  const steps = report.journey.filter((step) => step.recent.length >= 2);
  if (steps.length === 0) return null;
  // Only offboardings every plotted step has a time for: a missing point is not "0 hours".
  const dates = [...new Set(steps.flatMap((step) => step.recent.map((o) => o.offboardedAt)))]
    .filter((at) => steps.every((step) => step.recent.some((o) => o.offboardedAt === at)))
    .sort()
    .slice(-12);
  if (dates.length < 2) return null;
  const series = steps.map((step) =>
    dates.map((at) => step.recent.find((o) => o.offboardedAt === at)?.hours ?? 0),
  );
  const max = Math.max(1, ...series.flat());
  return [
    '```mermaid',
    'xychart-beta',
    `    title "Hours to each journey step, recent offboardings (lines: ${steps
      .map((s) => s.step)
      .join(', ')
      .replace(/[^A-Za-z0-9 ,-]/g, '')
      .slice(0, 120)})"`,
    `    x-axis [${dates.map((at) => label(at.slice(5, 10))).join(', ')}]`,
    `    y-axis "hours" 0 --> ${Math.ceil(max)}`,
    ...series.map((values) => `    line [${values.map((v) => Math.round(v * 10) / 10).join(', ')}]`),
    '```',
  ].join('\n');
}

/** The summary sections of the anomaly layer (our own Markdown; organization text escaped). */
export function anomalySections(report: AnomalyReport, history: RunState | null | undefined): string {
  return [
    baselinesSection(report),
    suppressedSection(report),
    '## Trends',
    severityTrend(history) ?? '_Findings by severity: the trend starts with the second stored run._',
    revocationTrend(history),
    journeyTrend(report),
  ]
    .filter((part): part is string => part !== null)
    .join('\n\n');
}
