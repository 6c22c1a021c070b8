// `offboarding-sentinel validate`: the policy files against the schema and their own
// references, offline — no token, no network — as `file:line:column: message — fix`, plus the
// JSON report in --out. The checks that need the organization (routing labels and teams exist,
// the findings a change adds or silences) run in the pull-request workflow.
import path from 'node:path';
import { loadPolicy, reportedPolicyError, type PolicyError } from '../policy/index.js';
import { buildReport, writeJsonReport } from '../reporters/report.js';
import { policyInvalidFindings } from '../rules/policy-invalid.js';
import { EXIT } from './exit-codes.js';

export interface ValidateResult {
  exitCode: number;
  lines: string[];
  reportPath: string;
}

const describe = (kind: 'error' | 'warning', problem: PolicyError) =>
  `${problem.path}:${problem.line}:${problem.column}: ${kind}: ${problem.message}${problem.fix ? ` — ${problem.fix}` : ''}`;

export async function validatePolicy(options: { workspace: string; policyPath: string; out: string; now: Date }): Promise<ValidateResult> {
  const loaded = await loadPolicy({ workspace: options.workspace, policyPath: options.policyPath });
  const lines = [...loaded.errors.map((e) => describe('error', e)), ...loaded.warnings.map((w) => describe('warning', w))];
  const files = loaded.policy.sources.length;
  lines.push(
    loaded.errors.length === 0
      ? `${options.policyPath}: ${files} policy file${files === 1 ? '' : 's'} valid${loaded.warnings.length ? `, ${loaded.warnings.length} warning(s)` : ''}.`
      : `${options.policyPath}: ${loaded.errors.length} error(s) in ${files} file${files === 1 ? '' : 's'}.`,
  );
  const report = buildReport({
    organization: '',
    mode: 'validate',
    generatedAt: options.now.toISOString(),
    findings: policyInvalidFindings(loaded.policy, loaded.errors),
    policy: { sources: loaded.policy.sources, errors: loaded.errors.map(reportedPolicyError) },
    dryRun: true,
  });
  const reportPath = await writeJsonReport(report, path.resolve(options.out));
  return { exitCode: loaded.errors.length > 0 ? EXIT.findings : EXIT.ok, lines, reportPath };
}
